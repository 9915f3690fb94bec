package se.listning.region.soap;

import static org.assertj.core.api.Assertions.assertThat;
import static se.listning.region.soap.CarelistingContract.GET_LISTING;
import static se.listning.region.soap.Requests.HSA;
import static se.listning.region.soap.Requests.actor;
import static se.listning.region.soap.Requests.citizen;
import static se.listning.region.soap.Requests.guardian;
import static se.listning.region.soap.Requests.person;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** GetListing 2.1 over SOAP: the national suite's cases (spec 8.7) with one rich test person. */
class GetListingIT extends SoapIntegrationTest {

    private static final LocalDateTime FROM = LocalDateTime.of(2024, 3, 1, 8, 30, 15);
    private static final LocalDateTime TO = LocalDateTime.of(2031, 12, 31, 23, 59, 59);

    private String rich;
    private String listedUnit;
    private String doctor;
    private String queueUnit;

    /** An active PV listing with dates and a doctor, plus a queue place at a full unit with a queue. */
    @BeforeEach
    void richPerson() {
        rich = data.adultResident();
        listedUnit = data.facility("Övertorneå hälsocentral", null, false, true);
        doctor = data.doctor(listedUnit, "Åsa Öberg");
        data.listing(rich, listedUnit, doctor, FROM, TO);
        queueUnit = data.fullFacility("Vårdcentral Kön", true);
        data.queued(rich, queueUnit);
    }

    private SoapResponse asCitizen(String pnr) {
        return call(GET_LISTING, citizen(pnr) + person(pnr));
    }

    @Test
    void getListing_1_1_personnummer() {
        assertThat(asCitizen(rich).assertResult("OK").count("//gl:listings")).isEqualTo(2);
    }

    @Test
    void getListing_1_2_samordningsnummer() {
        String snr = data.person(TestData.samordningsnummer(LocalDate.of(1968, 12, 13)), "01", true);
        data.listed(snr, data.openFacility());
        assertThat(asCitizen(snr).assertResult("OK").count("//gl:listings")).isEqualTo(1);
    }

    @Test
    void getListing_2_1_1_actorCitizen() {
        assertThat(asCitizen(rich).assertResult("OK").count("//gl:listings")).isPositive();
    }

    @Test
    void getListing_2_1_2_actorGuardian() {
        String guardian = TestData.pnr(LocalDate.of(1994, 6, 6));
        String child = data.resident(LocalDate.of(2017, 2, 2));
        data.guardianOf(child, guardian);
        data.listed(child, data.openFacility());
        assertThat(call(GET_LISTING, guardian(guardian) + person(child)).assertResult("OK").count("//gl:listings"))
                .isEqualTo(1);
    }

    @Test
    void getListing_2_1_2_guardianOfSomeoneElse_getsNothing() {
        String stranger = TestData.pnr(LocalDate.of(1990, 1, 1));
        assertThat(call(GET_LISTING, guardian(stranger) + person(rich)).assertResult("OK").count("//gl:listings")).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"REGION", "HEALTHCARE_ADVISER"})
    void getListing_2_1_3_and_2_1_6_regionAndAdviserSeeEverything(String actorType) {
        SoapResponse response = call(GET_LISTING, actor(actorType, HSA, "SE2321000016-0001") + person(rich));
        assertThat(response.assertResult("OK").count("//gl:listings")).isEqualTo(2);
    }

    /** 2.1.4/2.1.5: a care provider sees the listing at its own units (flow 12), not the queue place. */
    @ParameterizedTest
    @ValueSource(strings = {"PRIVATE_CAREGIVER", "SELF_OWNED_CAREGIVER"})
    void getListing_2_1_4_and_2_1_5_careProviderSeesListingAtOwnUnit(String actorType) {
        String provider = listedUnit.substring(0, listedUnit.indexOf('-'));
        SoapResponse response = call(GET_LISTING, actor(actorType, HSA, provider) + person(rich)).assertResult("OK");
        assertThat(response.texts("//gl:listings/core:healthcareFacility/core:id")).containsExactly(listedUnit);
        assertThat(call(GET_LISTING, actor(actorType, HSA, "SE9999999999") + person(rich)).assertResult("OK")
                .count("//gl:listings")).isZero();
    }

    @Test
    void getListing_4_2_swedishCharactersSurvive() {
        assertThat(asCitizen(rich).assertResult("OK").texts("//core:healthcareFacility/core:name"))
                .contains("Övertorneå hälsocentral");
        assertThat(asCitizen(rich).texts("//core:healthcarePersonnel/core:name")).contains("Åsa Öberg");
    }

    @Test
    void getListing_5_1_and_5_2_validityDatesWithoutOffset() {
        SoapResponse response = asCitizen(rich).assertResult("OK");
        assertThat(response.texts("//gl:listings/core:validFromDate")).contains("2024-03-01T08:30:15");
        assertThat(response.texts("//gl:listings/core:validToDate")).containsExactly("2031-12-31T23:59:59");
    }

    @Test
    void getListing_5_3_1_listingTypeNational_withDisplayName() {
        SoapResponse response = asCitizen(rich).assertResult("OK");
        assertThat(response.texts("//gl:listings/core:listingType/core:code")).contains("PV");
        assertThat(response.texts("//gl:listings/core:listingType[core:code='PV']/core:displayName"))
                .containsOnly("Primärvårdslistning");
    }

    @Test
    void getListing_5_3_2_listingTypeLocal() {
        String pnr = data.adultResident();
        String unit = data.openFacility();
        data.supports(unit, TestData.REGIONAL_CODE, TestData.REGIONAL_SYSTEM);
        data.listing(pnr, unit, TestData.REGIONAL_CODE, TestData.REGIONAL_SYSTEM, null, FROM, null);
        SoapResponse response = asCitizen(pnr).assertResult("OK");
        assertThat(response.texts("//gl:listings/core:listingType/core:code")).containsExactly(TestData.REGIONAL_CODE);
        assertThat(response.texts("//gl:listings/core:listingType/core:codeSystem")).containsExactly(TestData.REGIONAL_SYSTEM);
    }

    @Test
    void getListing_5_4_healthcarePersonnel() {
        SoapResponse response = asCitizen(rich).assertResult("OK");
        assertThat(response.texts("//gl:listings/core:healthcarePersonnel/core:id")).containsExactly(doctor);
    }

    @Test
    void getListing_5_5_1_and_5_5_2_isInQueue() {
        SoapResponse response = asCitizen(rich).assertResult("OK");
        assertThat(response.texts("//gl:listings/core:isInQueue")).containsExactlyInAnyOrder("true", "false");
        assertThat(response.text("//gl:listings[core:isInQueue='true']/core:healthcareFacility/core:id")).isEqualTo(queueUnit);
    }

    @Test
    void getListing_5_6_and_5_7_facilityQueueFigures() {
        SoapResponse response = asCitizen(rich).assertResult("OK");
        String queued = "//gl:listings[core:isInQueue='true']/core:healthcareFacility";
        assertThat(response.text(queued + "/core:hasQueue")).isEqualTo("true");
        assertThat(response.text(queued + "/ext:queueLength")).isEqualTo("1");
        assertThat(response.count(queued + "/ext:estimatedWaitInQueue")).isEqualTo(1);
    }

    @Test
    void getListing_5_8_and_5_9_personalQueueFigures() {
        SoapResponse response = asCitizen(rich).assertResult("OK");
        assertThat(response.text("//gl:listings[core:isInQueue='true']/ext:queuePosition")).isEqualTo("1");
        assertThat(response.count("//gl:listings[core:isInQueue='true']/ext:estimatedWaitInQueue")).isEqualTo(1);
        assertThat(response.count("//gl:listings[core:isInQueue='false']/ext:queuePosition")).isZero();
    }

    @Test
    void getListing_5_10_remainingChanges() {
        data.relisted(rich, 1);
        SoapResponse response = asCitizen(rich).assertResult("OK");
        assertThat(response.text("//gl:listings[core:isInQueue='false']/ext:remainingChanges")).isEqualTo("1");
    }

    @Test
    void nothingToDisclose_isOkWithoutListings() {
        String pnr = data.adultResident();
        SoapResponse response = asCitizen(pnr).assertResult("OK");
        assertThat(response.count("//gl:listings")).isZero();
    }

    @Test
    void citizenAskingAboutSomeoneElse_getsNothing() {
        String other = data.adultResident();
        assertThat(call(GET_LISTING, citizen(other) + person(rich)).assertResult("OK").count("//gl:listings")).isZero();
    }

    @Test
    void invalidPersonnummer_isError() {
        SoapResponse response = asCitizen("195709263081").assertResult("ERROR");
        assertThat(response.count("//gl:listings")).isZero();
    }

    @Test
    void organisationActorWithPersonRoot_isError() {
        call(GET_LISTING, actor("REGION", Requests.PNR, rich) + person(rich)).assertResult("ERROR");
    }

    @Test
    void readIsAudited() {
        asCitizen(rich).assertResult("OK");
        assertThat(data.count("select count(*) from audit_event where person_id = ? and channel = 'GetListing'"
                + " and actor_type = 'CITIZEN' and action = 'READ'", rich)).isPositive();
    }
}
