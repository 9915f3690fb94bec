package se.listning.region.soap;

import static org.assertj.core.api.Assertions.assertThat;
import static se.listning.region.soap.CarelistingContract.CREATE_LISTING;
import static se.listning.region.soap.Requests.HSA;
import static se.listning.region.soap.Requests.actor;
import static se.listning.region.soap.Requests.citizen;
import static se.listning.region.soap.Requests.county;
import static se.listning.region.soap.Requests.cv;
import static se.listning.region.soap.Requests.element;
import static se.listning.region.soap.Requests.guardian;
import static se.listning.region.soap.Requests.person;
import static se.listning.region.soap.Requests.pv;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** CreateListing 2.0 over SOAP: the national suite's cases (spec 8.3) and bad input. */
class CreateListingIT extends SoapIntegrationTest {

    private static String facility(String hsa) {
        return element("healthcareFacilityHSAId", hsa);
    }

    /** The suite's base request: CITIZEN actor = the citizen, personId, facility, listing type PV. */
    private static String base(String pnr, String facility) {
        return citizen(pnr) + person(pnr) + facility(facility) + pv("listingType");
    }

    private long listedAt(String pnr, String facility) {
        return data.count("select count(*) from listing where person_id = ? and upper(facility_hsa_id) = upper(?) and active",
                pnr, facility);
    }

    @Test
    void createListing_1_1_personnummer() {
        String pnr = data.adultResident();
        String unit = data.openFacility();
        call(CREATE_LISTING, base(pnr, unit)).assertNotError();
        assertThat(listedAt(pnr, unit)).isEqualTo(1);
    }

    @Test
    void createListing_1_2_samordningsnummer() {
        String snr = data.person(TestData.samordningsnummer(LocalDate.of(1968, 12, 13)), "01", true);
        String unit = data.openFacility();
        call(CREATE_LISTING, base(snr, unit)).assertNotError();
        assertThat(listedAt(snr, unit)).isEqualTo(1);
    }

    @Test
    void createListing_1_3_1_listingTypeNational() {
        String pnr = data.adultResident();
        String unit = data.openFacility();
        call(CREATE_LISTING, citizen(pnr) + person(pnr) + facility(unit) + pv("listingType")).assertResult("OK");
    }

    @Test
    void createListing_1_3_2_listingTypeLocal() {
        String pnr = data.adultResident();
        String unit = data.openFacility();
        data.supports(unit, TestData.REGIONAL_CODE, TestData.REGIONAL_SYSTEM);
        call(CREATE_LISTING, citizen(pnr) + person(pnr) + facility(unit)
                + cv("listingType", TestData.REGIONAL_CODE, TestData.REGIONAL_SYSTEM)).assertNotError();
        assertThat(data.count("select count(*) from listing where person_id = ? and code = ? and active", pnr,
                TestData.REGIONAL_CODE)).isEqualTo(1);
    }

    @Test
    void createListing_1_4_1_homeCountyEqualToRecipient_isAsIfOmitted() {
        String pnr = data.adultResident();
        String unit = data.openFacility();
        call(CREATE_LISTING, base(pnr, unit) + county("homeCounty", "01")).assertNotError();
        assertThat(listedAt(pnr, unit)).isEqualTo(1);
    }

    @Test
    void createListing_1_4_2_homeCountyOther_crossCountyListingNotifiesHomeRegion() {
        String visitor = TestData.pnr(LocalDate.of(1980, 4, 4)); // registered in Dalarna, unknown here
        String unit = data.openFacility();
        call(CREATE_LISTING, base(visitor, unit) + county("homeCounty", "20") + county("newListingCounty", "01"))
                .assertNotError();
        assertThat(listedAt(visitor, unit)).isEqualTo(1);
        assertThat(data.count("select count(*) from outbox_update_listing where person_id = ? and receiver_county = '20'"
                + " and new_listing_county = '01' and home_county = '20'", visitor)).isEqualTo(1);
    }

    @Test
    void createListing_2_1_healthcarePersonnel() {
        String pnr = data.adultResident();
        String unit = data.facility("Vårdcentral Läkarval", null, false, true);
        String doctor = data.doctor(unit, "Åke Örjan André Mäkitalo");
        call(CREATE_LISTING, base(pnr, unit) + element("healthcarePersonnel", doctor)).assertNotError();
        assertThat(data.count("select count(*) from listing where person_id = ? and doctor_hsa_id = ? and active", pnr,
                doctor)).isEqualTo(1);
    }

    @Test
    void createListing_2_2_1_addToQueueTrue_queuesAtFullFacility() {
        String pnr = data.adultResident();
        String unit = data.fullFacility("Vårdcentral Kö", true);
        call(CREATE_LISTING, base(pnr, unit) + element("addToQueue", "true")).assertResult("OK");
        assertThat(data.count("select count(*) from queue_place where person_id = ? and facility_hsa_id = ? and active",
                pnr, unit)).isEqualTo(1);
        assertThat(listedAt(pnr, unit)).isZero();
    }

    @Test
    void createListing_2_2_2_addToQueueFalse_isAsIfOmitted() {
        String pnr = data.adultResident();
        String unit = data.openFacility();
        call(CREATE_LISTING, base(pnr, unit) + element("addToQueue", "false")).assertNotError();
        assertThat(listedAt(pnr, unit)).isEqualTo(1);
    }

    @Test
    void createListing_2_3_1_actorCitizen() {
        String pnr = data.adultResident();
        call(CREATE_LISTING, base(pnr, data.openFacility())).assertResult("OK");
    }

    @Test
    void createListing_2_3_2_actorGuardian() {
        String guardian = TestData.pnr(LocalDate.of(1994, 6, 6));
        String child = data.resident(LocalDate.of(2017, 2, 2));
        data.guardianOf(child, guardian);
        String unit = data.openFacility();
        call(CREATE_LISTING, guardian(guardian) + person(child) + facility(unit) + pv("listingType")).assertNotError();
        assertThat(listedAt(child, unit)).isEqualTo(1);
    }

    /** 2.3.3-2.3.6: the TKB allows only CITIZEN and GUARDIAN (spec 5.10 decision): ERROR, nothing written. */
    @ParameterizedTest
    @ValueSource(strings = {"REGION", "PRIVATE_CAREGIVER", "SELF_OWNED_CAREGIVER", "HEALTHCARE_ADVISER"})
    void createListing_2_3_3_to_2_3_6_organisationActorsAreRefused(String actorType) {
        String pnr = data.adultResident();
        String unit = data.openFacility();
        String before = data.stateOf(pnr);
        SoapResponse response = call(CREATE_LISTING, actor(actorType, HSA, "SE2321000016-ORG1") + person(pnr)
                + facility(unit) + pv("listingType")).assertResult("ERROR");
        assertThat(response.resultText()).contains(actorType);
        assertThat(data.stateOf(pnr)).isEqualTo(before);
    }

    @Test
    void createListing_3_2_1_facilityNotListable() {
        String pnr = data.adultResident();
        String before = data.stateOf(pnr);
        call(CREATE_LISTING, base(pnr, data.nonListableFacility())).assertResult("ERROR");
        call(CREATE_LISTING, base(pnr, "SE12345-NA")).assertResult("ERROR");
        assertThat(data.stateOf(pnr)).isEqualTo(before);
    }

    @Test
    void createListing_3_2_2_newListingCountyOtherThanRecipient() {
        String pnr = data.adultResident();
        String before = data.stateOf(pnr);
        call(CREATE_LISTING, base(pnr, data.openFacility()) + county("newListingCounty", "13")).assertResult("ERROR");
        assertThat(data.stateOf(pnr)).isEqualTo(before);
    }

    @Test
    void createListing_3_2_3_maximumAnnualUpdatesExceeded() {
        String pnr = data.adultResident();
        data.listed(pnr, data.openFacility());
        data.relisted(pnr, 2);
        String before = data.stateOf(pnr);
        call(CREATE_LISTING, base(pnr, data.openFacility()) + county("newListingCounty", "01"))
                .assertResult("ERROR_MAXIMUM_ANNUAL_UPDATES_EXCEEDED");
        assertThat(data.stateOf(pnr)).isEqualTo(before);
    }

    @Test
    void createListing_3_2_4_facilityFull() {
        String pnr = data.adultResident();
        String unit = data.fullFacility("Vårdcentral Full", false);
        String before = data.stateOf(pnr);
        call(CREATE_LISTING, base(pnr, unit) + county("newListingCounty", "01"))
                .assertResult("ERROR_MAXIMUM_CITIZEN_REACHED_ON_CAREUNIT");
        assertThat(data.stateOf(pnr)).isEqualTo(before);
    }

    @Test
    void createListing_3_2_4_facilityFullWithQueue_withoutAddToQueue() {
        String pnr = data.adultResident();
        String unit = data.fullFacility("Vårdcentral Full med kö", true);
        call(CREATE_LISTING, base(pnr, unit) + element("addToQueue", "false"))
                .assertResult("ERROR_MAXIMUM_CITIZEN_REACHED_ON_CAREUNIT");
        assertThat(data.count("select count(*) from queue_place where person_id = ?", pnr)).isZero();
    }

    @Test
    void createListing_3_2_5_guardianConsentNeeded_minorAsCitizen() {
        String child = data.resident(LocalDate.now().minusYears(12));
        String before = data.stateOf(child);
        call(CREATE_LISTING, base(child, data.openFacility())).assertResult("ERROR_GUARDIAN_CONSENT_NEEDED");
        assertThat(data.stateOf(child)).isEqualTo(before);
    }

    @Test
    void createListing_3_2_5_guardianConsentNeeded_secondGuardianMissing() {
        String mother = TestData.pnr(LocalDate.of(1985, 3, 3));
        String father = TestData.pnr(LocalDate.of(1984, 4, 4));
        String child = data.resident(LocalDate.of(2016, 5, 1));
        data.guardianOf(child, mother);
        data.guardianOf(child, father);
        String unit = data.openFacility();
        call(CREATE_LISTING, guardian(mother) + person(child) + facility(unit) + pv("listingType"))
                .assertResult("ERROR_GUARDIAN_CONSENT_NEEDED");
        assertThat(listedAt(child, unit)).isZero();
    }

    @Test
    void createListing_3_2_6_ageLimit() {
        String adult = data.adultResident();
        String unit = data.openFacility();
        data.supports(unit, TestData.CHILD_CODE, TestData.REGIONAL_SYSTEM);
        String before = data.stateOf(adult);
        call(CREATE_LISTING, citizen(adult) + person(adult) + facility(unit)
                + cv("listingType", TestData.CHILD_CODE, TestData.REGIONAL_SYSTEM)).assertResult("ERROR_AGE_LIMIT");
        assertThat(data.stateOf(adult)).isEqualTo(before);
    }

    @Test
    void createListing_4_2_swedishCharactersSurvive() {
        String pnr = data.adultResident();
        String name = "Hjälptext vårdcentral Åre Östra";
        String unit = data.facility(name, null, false, false);
        SoapResponse response = call(CREATE_LISTING, base(pnr, unit)).assertNotError();
        assertThat(response.resultText()).contains(name);
    }

    @Test
    void createListing_4_3_info_alreadyListedHere() {
        String pnr = data.adultResident();
        String unit = data.openFacility();
        data.listed(pnr, unit);
        String before = data.stateOf(pnr);
        call(CREATE_LISTING, base(pnr, unit)).assertResult("INFO");
        assertThat(data.stateOf(pnr)).isEqualTo(before);
    }

    @Test
    void facilityHsaId_isMatchedCaseInsensitively() {
        String pnr = data.adultResident();
        String unit = data.openFacility();
        call(CREATE_LISTING, base(pnr, unit.toLowerCase())).assertResult("OK");
        assertThat(listedAt(pnr, unit)).isEqualTo(1);
    }

    // ---- bad input: answered as logical errors (ERROR + Swedish text), nothing written

    @Test
    void invalidPersonnummer_isError_andNothingChanges() {
        String unit = data.openFacility();
        String before = data.globalState();
        String badChecksum = "195709263081";
        SoapResponse response = call(CREATE_LISTING, base(badChecksum, unit)).assertResult("ERROR");
        assertThat(response.resultText()).contains("kontrollsiffra");
        call(CREATE_LISTING, base("19570926-308", unit)).assertResult("ERROR");
        assertThat(data.globalState()).isEqualTo(before);
    }

    @Test
    void unknownPersonWithoutHomeCounty_isError_andNothingChanges() {
        String stranger = TestData.pnr(LocalDate.of(1971, 7, 7));
        call(CREATE_LISTING, base(stranger, data.openFacility())).assertResult("ERROR");
        assertThat(data.stateOf(stranger)).isEqualTo("0/0/0/0/0/0/0");
    }

    @Test
    void unknownListingType_isError() {
        String pnr = data.adultResident();
        String before = data.stateOf(pnr);
        call(CREATE_LISTING, citizen(pnr) + person(pnr) + facility(data.openFacility())
                + cv("listingType", "UNKNOWN_CODE", "WRONG_CODE_SYSTEM")).assertResult("ERROR");
        assertThat(data.stateOf(pnr)).isEqualTo(before);
    }

    @Test
    void personIdWithoutExtension_isError() {
        String pnr = data.adultResident();
        SoapResponse response = call(CREATE_LISTING, citizen(pnr) + Requests.ii("personId", Requests.PNR, null)
                + facility(data.openFacility()) + pv("listingType")).assertResult("ERROR");
        assertThat(response.resultText()).contains("extension");
    }

    @Test
    void invalidCountyCode_isError() {
        String pnr = data.adultResident();
        call(CREATE_LISTING, base(pnr, data.openFacility()) + county("homeCounty", "02")).assertResult("ERROR");
        assertThat(data.activeListings(pnr)).isZero();
    }
}
