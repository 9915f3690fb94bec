package se.listning.region.soap;

import static org.assertj.core.api.Assertions.assertThat;
import static se.listning.region.soap.CarelistingContract.GET_LISTING_COUNTY;
import static se.listning.region.soap.Requests.HSA;
import static se.listning.region.soap.Requests.actor;
import static se.listning.region.soap.Requests.citizen;
import static se.listning.region.soap.Requests.guardian;
import static se.listning.region.soap.Requests.person;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** GetListingCounty 2.0 over SOAP: the national suite's cases (spec 8.6). */
class GetListingCountyIT extends SoapIntegrationTest {

    private static final String COUNTIES = "//glc:listingCounties/core:extension";

    private SoapResponse asCitizen(String pnr) {
        return call(GET_LISTING_COUNTY, citizen(pnr) + person(pnr));
    }

    private String listedResident() {
        String pnr = data.adultResident();
        data.listed(pnr, data.openFacility());
        return pnr;
    }

    @Test
    void getListingCounty_1_1_personnummer() {
        assertThat(asCitizen(listedResident()).assertResult("OK").texts(COUNTIES)).containsExactly("01");
    }

    @Test
    void getListingCounty_1_2_samordningsnummer() {
        String snr = data.person(TestData.samordningsnummer(LocalDate.of(1968, 12, 13)), "01", true);
        data.listed(snr, data.openFacility());
        assertThat(asCitizen(snr).assertResult("OK").texts(COUNTIES)).containsExactly("01");
    }

    @Test
    void getListingCounty_2_1_1_actorCitizen() {
        SoapResponse response = asCitizen(listedResident()).assertResult("OK");
        assertThat(response.texts("//glc:listingCounties/core:root")).containsExactly(Requests.COUNTY);
    }

    @Test
    void getListingCounty_2_1_2_actorGuardian() {
        String guardian = TestData.pnr(LocalDate.of(1994, 6, 6));
        String child = data.resident(LocalDate.of(2017, 2, 2));
        data.guardianOf(child, guardian);
        data.listed(child, data.openFacility());
        assertThat(call(GET_LISTING_COUNTY, guardian(guardian) + person(child)).assertResult("OK").texts(COUNTIES))
                .containsExactly("01");
    }

    @ParameterizedTest
    @ValueSource(strings = {"REGION", "HEALTHCARE_ADVISER"})
    void getListingCounty_2_1_3_and_2_1_6_organisationActors(String actorType) {
        String pnr = listedResident();
        assertThat(call(GET_LISTING_COUNTY, actor(actorType, HSA, "SE2321000016-0001") + person(pnr))
                .assertResult("OK").texts(COUNTIES)).containsExactly("01");
    }

    @ParameterizedTest
    @ValueSource(strings = {"PRIVATE_CAREGIVER", "SELF_OWNED_CAREGIVER"})
    void getListingCounty_2_1_4_and_2_1_5_careProviderOfTheListing(String actorType) {
        String pnr = data.adultResident();
        String unit = data.openFacility();
        data.listed(pnr, unit);
        String provider = unit.substring(0, unit.indexOf('-'));
        assertThat(call(GET_LISTING_COUNTY, actor(actorType, HSA, provider) + person(pnr)).assertResult("OK")
                .texts(COUNTIES)).containsExactly("01");
    }

    @Test
    void getListingCounty_5_1_listingCountiesHome() {
        assertThat(asCitizen(listedResident()).assertResult("OK").texts(COUNTIES)).contains(OWN_COUNTY);
    }

    @Test
    void getListingCounty_5_2_listingCountiesOther() {
        String pnr = data.adultResident();
        data.listedElsewhere(pnr, "13");
        assertThat(asCitizen(pnr).assertResult("OK").texts(COUNTIES)).containsExactly("13");
    }

    @Test
    void getListingCounty_5_3_listingCountiesNone() {
        String pnr = data.adultResident();
        assertThat(asCitizen(pnr).assertResult("OK").count("//glc:listingCounties")).isZero();
    }

    @Test
    void getListingCounty_5_4_listingCountiesMulti() {
        String pnr = data.adultResident();
        data.listedElsewhere(pnr, "13");
        String unit = data.openFacility();
        data.supports(unit, TestData.REGIONAL_CODE, TestData.REGIONAL_SYSTEM);
        data.listing(pnr, unit, TestData.REGIONAL_CODE, TestData.REGIONAL_SYSTEM, null,
                java.time.LocalDateTime.of(2025, 1, 1, 0, 0), null);
        assertThat(asCitizen(pnr).assertResult("OK").texts(COUNTIES)).containsExactlyInAnyOrder("01", "13");
    }

    @Test
    void notTheHomeRegion_answersNoCounties() {
        String visitor = data.person(TestData.pnr(LocalDate.of(1975, 5, 5)), "20", false);
        data.listed(visitor, data.openFacility());
        assertThat(asCitizen(visitor).assertResult("OK").count("//glc:listingCounties")).isZero();
    }

    @Test
    void unknownActorRoot_isError() {
        String pnr = listedResident();
        SoapResponse response = call(GET_LISTING_COUNTY, actor("CITIZEN", "1.2.3", pnr) + person(pnr)).assertResult("ERROR");
        assertThat(response.resultText()).contains("1.2.3");
    }
}
