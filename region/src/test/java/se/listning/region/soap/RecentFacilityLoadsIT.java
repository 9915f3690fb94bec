package se.listning.region.soap;

import static org.assertj.core.api.Assertions.assertThat;
import static se.listning.region.soap.CarelistingContract.CREATE_LISTING;
import static se.listning.region.soap.CarelistingContract.GET_AVAILABLE_HEALTHCARE_FACILITIES;
import static se.listning.region.soap.Requests.citizen;
import static se.listning.region.soap.Requests.element;
import static se.listning.region.soap.Requests.person;
import static se.listning.region.soap.Requests.pv;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * With the read cache on (issue 6), the catalogue may show a unit's load as recently counted, while a
 * CreateListing decides on a fresh count in its own transaction.
 */
@TestPropertySource(properties = "listning.read-cache.facility-load-ttl=1h")
class RecentFacilityLoadsIT extends SoapIntegrationTest {

    private String hasQueue(String unit) {
        return call(GET_AVAILABLE_HEALTHCARE_FACILITIES, element("healthcareFacilities", unit)).assertResult("OK")
                .text("//gahf:healthcareFacilities[core:id='" + unit + "']/core:hasQueue");
    }

    @Test
    void theCatalogueShowsTheRecentCountButCreateListingCountsAfresh() {
        String unit = data.facility("Vårdcentral Nyss Ledig", 1, true, false);
        assertThat(hasQueue(unit)).as("counted: nobody listed").isEqualTo("false");

        data.listed(data.adultResident(), unit); // the unit is full now, behind the cache's back

        assertThat(hasQueue(unit)).as("the catalogue answers from the recent count").isEqualTo("false");
        String newcomer = data.adultResident();
        call(CREATE_LISTING, citizen(newcomer) + person(newcomer) + element("healthcareFacilityHSAId", unit) + pv("listingType")
                + element("addToQueue", "true")).assertResult("OK");
        assertThat(data.count("select count(*) from queue_place where person_id = ? and facility_hsa_id = ? and active",
                newcomer, unit)).as("CreateListing saw the unit full: queued, not listed").isEqualTo(1);
        assertThat(data.count("select count(*) from listing where person_id = ? and facility_hsa_id = ? and active",
                newcomer, unit)).isZero();
    }
}
