package se.listning.region.soap;

import static org.assertj.core.api.Assertions.assertThat;
import static se.listning.region.soap.CarelistingContract.GET_AVAILABLE_HEALTHCARE_FACILITIES;
import static se.listning.region.soap.Requests.cv;
import static se.listning.region.soap.Requests.element;
import static se.listning.region.soap.Requests.pv;

import org.junit.jupiter.api.Test;

/** GetAvailableHealthcareFacilities 2.1 over SOAP: the national suite's cases (spec 8.4). */
class GetAvailableHealthcareFacilitiesIT extends SoapIntegrationTest {

    private static final String IDS = "//gahf:healthcareFacilities/core:id";

    private SoapResponse only(String... hsaIds) {
        StringBuilder body = new StringBuilder();
        for (String id : hsaIds) {
            body.append(element("healthcareFacilities", id));
        }
        return call(GET_AVAILABLE_HEALTHCARE_FACILITIES, body.toString()).assertResult("OK");
    }

    private String facility(String id, String element) {
        return "//gahf:healthcareFacilities[core:id='" + id + "']/" + element;
    }

    @Test
    void getAvailableHealthcareFacilities_1_1_allFacilities() {
        data.openFacility();
        data.nonListableFacility();
        SoapResponse response = call(GET_AVAILABLE_HEALTHCARE_FACILITIES, "").assertResult("OK");
        assertThat(response.count("//gahf:healthcareFacilities"))
                .isEqualTo(data.count("select count(*) from facility where listable"));
    }

    @Test
    void getAvailableHealthcareFacilities_1_2_1_single() {
        String unit = data.openFacility();
        assertThat(only(unit).texts(IDS)).containsExactly(unit);
    }

    @Test
    void getAvailableHealthcareFacilities_1_2_2_multi_caseInsensitive() {
        String a = data.openFacility();
        String b = data.openFacility();
        assertThat(only(a, b.toLowerCase()).texts(IDS)).containsExactlyInAnyOrder(a, b);
    }

    @Test
    void getAvailableHealthcareFacilities_1_3_1_listingTypesNational() {
        String pvOnly = data.openFacility();
        String localOnly = data.openFacility();
        data.supports(localOnly, TestData.REGIONAL_CODE, TestData.REGIONAL_SYSTEM);
        SoapResponse response = call(GET_AVAILABLE_HEALTHCARE_FACILITIES, pv("listingTypes")).assertResult("OK");
        assertThat(response.texts(IDS)).contains(pvOnly).doesNotContain(localOnly);
        assertThat(response.count("//gahf:healthcareFacilities[core:supportedListingTypes and "
                + "not(core:supportedListingTypes[core:code='PV'])]")).isZero();
    }

    @Test
    void getAvailableHealthcareFacilities_1_3_2_unknownListingTypeIsIgnored() {
        String pvOnly = data.openFacility();
        String localOnly = data.openFacility();
        data.supports(localOnly, TestData.REGIONAL_CODE, TestData.REGIONAL_SYSTEM);
        SoapResponse response = call(GET_AVAILABLE_HEALTHCARE_FACILITIES,
                cv("listingTypes", "UNKNOWN_LISTING_TYPE", "OKAND_LISTNINGSTYP") + pv("listingTypes")).assertResult("OK");
        assertThat(response.texts(IDS)).contains(pvOnly).doesNotContain(localOnly);
    }

    @Test
    void getAvailableHealthcareFacilities_2_1_listingTypesLocal() {
        String local = data.openFacility();
        data.supports(local, TestData.REGIONAL_CODE, TestData.REGIONAL_SYSTEM);
        SoapResponse response = call(GET_AVAILABLE_HEALTHCARE_FACILITIES,
                cv("listingTypes", TestData.REGIONAL_CODE, TestData.REGIONAL_SYSTEM)).assertResult("OK");
        assertThat(response.texts(IDS)).contains(local);
        assertThat(response.count("//gahf:healthcareFacilities[not(core:supportedListingTypes[core:code='"
                + TestData.REGIONAL_CODE + "'])]")).isZero();
    }

    @Test
    void getAvailableHealthcareFacilities_4_2_swedishCharactersSurvive() {
        String name = "Huvud- axlar- knä- och tåspecialisten";
        String unit = data.facility(name, null, false, false);
        assertThat(only(unit).text(facility(unit, "core:name"))).isEqualTo(name);
    }

    @Test
    void getAvailableHealthcareFacilities_5_1_1_hasQueueTrue() {
        String unit = data.fullFacility("Vårdcentral Full med kö", true);
        assertThat(only(unit).text(facility(unit, "core:hasQueue"))).isEqualTo("true");
    }

    @Test
    void getAvailableHealthcareFacilities_5_1_2_hasQueueFalse() {
        String open = data.facility("Vårdcentral Ledig", 100, true, false);
        String fullNoQueue = data.fullFacility("Vårdcentral Full utan kö", false);
        SoapResponse response = only(open, fullNoQueue);
        assertThat(response.text(facility(open, "core:hasQueue"))).isEqualTo("false");
        assertThat(response.text(facility(fullNoQueue, "core:hasQueue"))).isEqualTo("false");
        assertThat(response.count(facility(open, "ext:queueLength"))).isZero();
    }

    @Test
    void getAvailableHealthcareFacilities_5_2_1_and_5_2_2_supportsHealthcarePersonnel() {
        String with = data.facility("Vårdcentral Med läkarval", null, false, true);
        String without = data.openFacility();
        SoapResponse response = only(with, without);
        assertThat(response.text(facility(with, "core:supportsHealthcarePersonnel"))).isEqualTo("true");
        assertThat(response.text(facility(without, "core:supportsHealthcarePersonnel"))).isEqualTo("false");
    }

    @Test
    void getAvailableHealthcareFacilities_5_3_listingTypesMultiple() {
        String unit = data.openFacility();
        data.supports(unit, "PV", Requests.NATIONAL);
        data.supports(unit, TestData.REGIONAL_CODE, TestData.REGIONAL_SYSTEM);
        SoapResponse response = only(unit);
        assertThat(response.texts(facility(unit, "core:supportedListingTypes/core:code")))
                .containsExactlyInAnyOrder("PV", TestData.REGIONAL_CODE);
        assertThat(response.count(facility(unit, "core:supportedListingTypes[not(core:displayName)]"))).isZero();
    }

    @Test
    void getAvailableHealthcareFacilities_5_4_and_5_5_queueLengthAndEstimatedWait() {
        String unit = data.fullFacility("Vårdcentral Kölängd", true);
        data.queued(data.adultResident(), unit);
        data.queued(data.adultResident(), unit);
        SoapResponse response = only(unit);
        assertThat(response.text(facility(unit, "ext:queueLength"))).isEqualTo("2");
        assertThat(response.text(facility(unit, "ext:estimatedWaitInQueue"))).matches("\\d+");
    }

    @Test
    void blankHsaIdInFilter_isError() {
        call(GET_AVAILABLE_HEALTHCARE_FACILITIES, element("healthcareFacilities", " ")).assertResult("ERROR");
    }
}
