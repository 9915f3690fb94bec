package se.listning.region.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.listning.domain.identity.HsaId;
import se.listning.domain.identity.PersonId;
import se.listning.region.testing.RegionIT;

/**
 * {@code GET /admin/reconciliation/{county}} of region 01 over real HTTP: for 01 its residents' active "listed
 * in another region" records, for another county the visitors from it listed at our units; nothing else.
 */
class ReconciliationIT extends RegionIT {

    private final HttpClient http = HttpClient.newHttpClient();
    private HsaId unit;

    @BeforeEach
    void unit() {
        fixtures.ensurePv();
        unit = fixtures.facility().create();
    }

    @Test
    void theHomeSideListsActiveListedElsewhereRecordsOnly() throws Exception {
        PersonId inDalarna = fixtures.resident().create();
        elsewhere(inDalarna, "20", true);
        PersonId endedElsewhere = fixtures.resident().create();
        elsewhere(endedElsewhere, "14", false);
        PersonId listedHere = fixtures.resident().create();
        fixtures.listing(listedHere, unit).create();

        String own = get("01").body();

        assertThat(own).contains("\"county\":\"01\"", "\"homeCounty\":\"01\"", "\"visitors\":[]")
                .contains("{\"personId\":\"" + inDalarna.value() + "\",\"county\":\"20\",\"type\":\"PV\"}")
                .doesNotContain(endedElsewhere.value()).doesNotContain(listedHere.value());
    }

    @Test
    void anotherCountysSideListsItsVisitorsListedAtOurUnits() throws Exception {
        PersonId fromDalarna = fixtures.resident().county("20").create();
        fixtures.listing(fromDalarna, unit).create();
        PersonId fromGothenburg = fixtures.resident().county("14").create();
        fixtures.listing(fromGothenburg, unit).create();
        PersonId resident = fixtures.resident().create();
        elsewhere(resident, "20", true);

        String dalarna = get("20").body();

        assertThat(dalarna).contains("\"county\":\"01\"", "\"homeCounty\":\"20\"", "\"listedElsewhere\":[]")
                .contains("{\"personId\":\"" + fromDalarna.value() + "\",\"county\":\"01\",\"type\":\"PV\"}")
                .doesNotContain(fromGothenburg.value()).doesNotContain(resident.value());
        assertThat(get("14").body()).contains(fromGothenburg.value()).doesNotContain(fromDalarna.value());
    }

    @Test
    void anUnknownCountyIsRefusedAndEveryPersonInAnAnswerIsAuditedAsRead() throws Exception {
        HttpResponse<String> bad = get("99");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("okänd länskod");
        PersonId visitor = fixtures.resident().county("03").create();
        fixtures.listing(visitor, unit).create();

        assertThat(get("03").body()).contains(visitor.value());

        assertThat(jdbc.sql("""
                        select count(*) from audit_event where action = 'READ' and person_id = :person and channel = 'admin'
                          and purpose = 'Avstämning av utomlänslistning'""")
                .param("person", visitor.value()).query(Long.class).single()).isEqualTo(1);
    }

    private void elsewhere(PersonId person, String county, boolean active) {
        jdbc.sql("""
                        insert into listing (person_id, code, code_system, facility_hsa_id, listing_county, valid_from,
                                             active, start_reason, source, ended_at, end_reason)
                        values (:person, 'PV', :system, null, :county, :from, :active, 'LISTED_IN_OTHER_REGION', 'fixture',
                                :ended, :reason)""")
                .param("person", person.value()).param("system", se.listning.domain.identity.ListingTypeCode.PV.codeSystem())
                .param("county", county).param("from", LocalDateTime.now().minusMonths(3)).param("active", active)
                .param("ended", active ? null : LocalDateTime.now().minusDays(1), java.sql.Types.TIMESTAMP)
                .param("reason", active ? null : "CROSS_COUNTY_ENDED", java.sql.Types.VARCHAR)
                .update();
    }

    private HttpResponse<String> get(String county) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/admin/reconciliation/" + county))
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
