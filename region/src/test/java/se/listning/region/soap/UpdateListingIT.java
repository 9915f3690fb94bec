package se.listning.region.soap;

import static org.assertj.core.api.Assertions.assertThat;
import static se.listning.region.soap.CarelistingContract.UPDATE_LISTING;
import static se.listning.region.soap.Requests.county;
import static se.listning.region.soap.Requests.cv;
import static se.listning.region.soap.Requests.person;
import static se.listning.region.soap.Requests.pv;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** UpdateListing 2.0 (producer) over SOAP: the national suite's cases (spec 8.9). */
class UpdateListingIT extends SoapIntegrationTest {

    /** Base request: this region (01) is the home region, the citizen is now listed in Halland (13). */
    private static String notice(String pnr) {
        return person(pnr) + county("newListingCounty", "13") + county("homeCounty", "01");
    }

    private long listedElsewhere(String pnr, String county) {
        return data.count("select count(*) from listing where person_id = ? and facility_hsa_id is null"
                + " and listing_county = ? and active", pnr, county);
    }

    private String listedResident() {
        String pnr = data.adultResident();
        data.listed(pnr, data.openFacility());
        return pnr;
    }

    @Test
    void updateListing_1_1_personnummer_homeRegionRecordsCrossCountyListing() {
        String pnr = listedResident();
        call(UPDATE_LISTING, notice(pnr)).assertNotError();
        assertThat(listedElsewhere(pnr, "13")).isEqualTo(1);
        assertThat(data.count("select count(*) from listing where person_id = ? and facility_hsa_id is not null and active",
                pnr)).isZero();
    }

    @Test
    void updateListing_1_2_samordningsnummer() {
        String snr = data.person(TestData.samordningsnummer(LocalDate.of(1968, 12, 13)), "01", true);
        call(UPDATE_LISTING, notice(snr)).assertNotError();
        assertThat(listedElsewhere(snr, "13")).isEqualTo(1);
    }

    @Test
    void updateListing_1_3_1_listingTypeNational() {
        String pnr = listedResident();
        call(UPDATE_LISTING, notice(pnr) + pv("listingType")).assertNotError();
        assertThat(listedElsewhere(pnr, "13")).isEqualTo(1);
    }

    @Test
    void updateListing_1_3_2_listingTypeLocal() {
        String pnr = data.adultResident();
        call(UPDATE_LISTING, notice(pnr) + cv("listingType", TestData.REGIONAL_CODE, TestData.REGIONAL_SYSTEM))
                .assertNotError();
    }

    @Test
    void updateListing_1_4_homeCountyOther_endsOurListingWithoutForwarding() {
        String visitor = data.person(TestData.pnr(LocalDate.of(1975, 5, 5)), "20", false);
        String unit = data.openFacility();
        data.listed(visitor, unit);
        call(UPDATE_LISTING, person(visitor) + county("newListingCounty", "13") + county("homeCounty", "20"))
                .assertNotError();
        assertThat(data.activeListings(visitor)).isZero();
        assertThat(data.count("select count(*) from outbox_update_listing where person_id = ?", visitor)).isZero();
    }

    @Test
    void updateListing_3_2_1_unknownListingType() {
        String pnr = listedResident();
        String before = data.stateOf(pnr);
        call(UPDATE_LISTING, notice(pnr) + cv("listingType", "UNKNOWN_CODE", "WRONG_CODE_SYSTEM")).assertResult("ERROR");
        assertThat(data.stateOf(pnr)).isEqualTo(before);
    }

    @Test
    void updateListing_3_2_2_incomplete_missingHomeCountyIsErrorNotFault() {
        String pnr = listedResident();
        String before = data.stateOf(pnr);
        SoapResponse response = call(UPDATE_LISTING, person(pnr) + county("newListingCounty", "13")).assertResult("ERROR");
        assertThat(response.resultText()).contains("homeCounty");
        assertThat(data.stateOf(pnr)).isEqualTo(before);
    }

    @Test
    void relistingCapUsedUp_isMaximumAnnualUpdatesExceeded() {
        String pnr = listedResident();
        data.relisted(pnr, 2);
        String before = data.stateOf(pnr);
        call(UPDATE_LISTING, notice(pnr)).assertResult("ERROR_MAXIMUM_ANNUAL_UPDATES_EXCEEDED");
        assertThat(data.stateOf(pnr)).isEqualTo(before);
    }

    @Test
    void newListingCountyIsOwnCounty_endsTheCrossCountyRecord() {
        String pnr = data.adultResident();
        data.listedElsewhere(pnr, "13");
        call(UPDATE_LISTING, person(pnr) + county("newListingCounty", "01") + county("homeCounty", "01")).assertNotError();
        assertThat(listedElsewhere(pnr, "13")).isZero();
    }

    @Test
    void missingElements_areAllListedInOneError() {
        SoapResponse response = call(UPDATE_LISTING, "").assertResult("ERROR");
        assertThat(response.resultText()).contains("personId", "newListingCounty", "homeCounty");
    }

    @Test
    void invalidPersonnummerOrCounty_isError() {
        call(UPDATE_LISTING, notice("195709263081")).assertResult("ERROR");
        String pnr = listedResident();
        String before = data.stateOf(pnr);
        SoapResponse response = call(UPDATE_LISTING, person(pnr) + county("newListingCounty", "02")
                + county("homeCounty", "01")).assertResult("ERROR");
        assertThat(response.resultText()).contains("newListingCounty");
        assertThat(data.stateOf(pnr)).isEqualTo(before);
    }

    @Test
    void otherSchemaErrors_areErrorWithTheValidationReport_andNothingChanges() {
        String pnr = listedResident();
        String before = data.stateOf(pnr);
        // an element the schema does not admit: answered ERROR with the report, not a fault
        SoapResponse response = call(UPDATE_LISTING, notice(pnr) + "<r:unknown>x</r:unknown>").assertResult("ERROR");
        assertThat(response.resultText()).contains("schema", "unknown");
        // elements out of order
        call(UPDATE_LISTING, county("homeCounty", "01") + person(pnr) + county("newListingCounty", "13"))
                .assertResult("ERROR");
        assertThat(data.stateOf(pnr)).isEqualTo(before);
    }
}
