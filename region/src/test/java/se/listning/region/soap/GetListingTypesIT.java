package se.listning.region.soap;

import static org.assertj.core.api.Assertions.assertThat;
import static se.listning.region.soap.CarelistingContract.GET_LISTING_TYPES;
import static se.listning.region.soap.Requests.county;
import static se.listning.region.soap.Requests.person;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** GetListingTypes 2.0 over SOAP: the national suite's cases (spec 8.8). */
class GetListingTypesIT extends SoapIntegrationTest {

    private static final String CODES = "//glt:listingTypes/core:code";

    private long typesInRegion() {
        return data.count("select count(*) from listing_type");
    }

    @Test
    void getListingTypes_1_1_personnummer_residentGetsRegionalTypes() {
        String pnr = data.adultResident();
        SoapResponse response = call(GET_LISTING_TYPES, person(pnr) + county("homeCountyCode", "01")).assertResult("OK");
        // an adult resident: the national and the regional type, not the children's type (ages 0-17)
        assertThat(response.texts(CODES)).contains("PV", TestData.REGIONAL_CODE).doesNotContain(TestData.CHILD_CODE)
                .hasSizeLessThan((int) typesInRegion());
    }

    @Test
    void getListingTypes_1_2_samordningsnummer() {
        String snr = data.person(TestData.samordningsnummer(LocalDate.of(1968, 12, 13)), "01", true);
        SoapResponse response = call(GET_LISTING_TYPES, person(snr) + county("homeCountyCode", "01")).assertResult("OK");
        assertThat(response.texts(CODES)).contains("PV", TestData.REGIONAL_CODE);
    }

    @Test
    void getListingTypes_1_3_allListingTypes() {
        SoapResponse response = call(GET_LISTING_TYPES, "").assertResult("OK");
        assertThat(response.count("//glt:listingTypes")).isEqualTo(typesInRegion());
    }

    @Test
    void getListingTypes_5_1_listingTypesNational() {
        SoapResponse response = call(GET_LISTING_TYPES, "").assertResult("OK");
        assertThat(response.texts(CODES)).contains("PV");
        assertThat(response.text("//glt:listingTypes[core:code='PV']/core:codeSystem")).isEqualTo(Requests.NATIONAL);
        assertThat(response.text("//glt:listingTypes[core:code='PV']/core:displayName")).isEqualTo("Primärvårdslistning");
    }

    @Test
    void getListingTypes_5_2_listingTypesLocal() {
        SoapResponse response = call(GET_LISTING_TYPES, "").assertResult("OK");
        assertThat(response.text("//glt:listingTypes[core:code='" + TestData.REGIONAL_CODE + "']/core:codeSystem"))
                .isEqualTo(TestData.REGIONAL_SYSTEM);
        assertThat(response.text("//glt:listingTypes[core:code='" + TestData.REGIONAL_CODE + "']/core:displayName"))
                .isEqualTo("Lokal listning för hemmaboende");
    }

    @Test
    void citizenOfAnotherRegion_getsOnlyTheNationalType() {
        String visitor = TestData.pnr(LocalDate.of(1981, 8, 8));
        SoapResponse response = call(GET_LISTING_TYPES, person(visitor) + county("homeCountyCode", "20")).assertResult("OK");
        assertThat(response.texts(CODES)).containsExactly("PV");
    }

    @Test
    void homeCountyCodeWithoutPersonId_isError() {
        call(GET_LISTING_TYPES, county("homeCountyCode", "01")).assertResult("ERROR");
    }

    @Test
    void invalidHomeCountyCode_isError() {
        String pnr = data.adultResident();
        SoapResponse response = call(GET_LISTING_TYPES, person(pnr) + county("homeCountyCode", "99")).assertResult("ERROR");
        assertThat(response.resultText()).contains("99");
        assertThat(response.count("//glt:listingTypes")).isZero();
    }
}
