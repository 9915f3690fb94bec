package se.listning.region.crosscounty;

import static org.assertj.core.api.Assertions.assertThat;
import static se.listning.region.crosscounty.CrossCountyIT.activeAt;
import static se.listning.region.crosscounty.CrossCountyIT.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.listning.contracts.carelisting.v2.ResultCodeEnum;
import se.listning.domain.identity.HsaId;
import se.listning.domain.identity.PersonId;

/**
 * The synchronisation job between two real regions: B (03) finds visitors whose home region A (01) does not
 * record the listing in B, queues UpdateListing for them, survives a restart half-way and resumes from its
 * cursor without checking anyone twice.
 */
class SyncJobIT {

    static RegionNode a;
    static RegionNode b;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void startRegions() {
        a = new RegionNode("01");
        b = new RegionNode("03").with("listning.sync.rate", 1);
        a.start(a, b);
        b.start(a, b);
    }

    @AfterAll
    static void stopRegions() {
        for (RegionNode node : new RegionNode[] {b, a}) {
            if (node != null) {
                node.stop();
            }
        }
    }

    @Test
    void findsAndRepairsMismatchesAndResumesAfterARestart() throws Exception {
        HsaId unitA = a.fixtures().facility().create();
        HsaId unitB = b.fixtures().facility().name("Vårdcentralen Borta").create();
        // six visitors listed in B that A never heard of (A still has them listed at home): mismatches
        List<PersonId> planted = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            PersonId person = a.fixtures().resident().create();
            a.fixtures().listing(person, unitA).create();
            b.fixtures().resident(person.value()).county("01").create();
            b.fixtures().listing(person, unitB).create();
            planted.add(person);
        }
        // one visitor A knows about: no mismatch
        PersonId known = a.fixtures().resident().create();
        assertThat(Citizen.createListing(b, known, unitB, "01").getResultCode()).isEqualTo(ResultCodeEnum.OK);

        assertThat(post("/admin/sync").statusCode()).isEqualTo(202);
        assertThat(post("/admin/sync").body()).contains("\"started\":false");
        await("two visitors checked", () -> checked() >= 2);
        b.stop();
        b.start(a, b); // resumes the interrupted job on start-up

        await("job done", () -> "DONE".equals(job().get("state")));
        Map<String, Object> job = job();
        assertThat(job).containsEntry("total", 7).containsEntry("checked", 7).containsEntry("mismatches", 6)
                .containsEntry("errors", 0);
        assertThat(b.jdbc().sql("select count(*) from sync_job").query(Integer.class).single()).isEqualTo(1);
        String report = HTTP.send(HttpRequest.newBuilder(URI.create(b.url("/admin/sync"))).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(report).contains("\"mismatches\":6", "MISMATCH", "-****");
        for (PersonId person : planted) {
            assertThat(report).doesNotContain(person.value());
        }
        // the queued notices repair A: it now records the listings in B
        for (PersonId person : planted) {
            await("A records B for a planted visitor", () -> activeAt(a, person).equals(List.of("elsewhere:03")));
        }
        assertThat(activeAt(a, known)).containsExactly("elsewhere:03");
        // A records a listing before B marks its notice delivered (B marks it when A's answer arrives)
        await("B marks the six repair notices delivered", () -> b.jdbc()
                .sql("select count(*) from outbox_update_listing where origin = 'SYNC' and state = 'DELIVERED'")
                .query(Integer.class).single() == 6);
        assertThat(b.jdbc().sql("select count(*) from outbox_update_listing where origin = 'SYNC'")
                .query(Integer.class).single()).isEqualTo(6);
    }

    private static HttpResponse<String> post(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(b.url(path))).POST(HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int checked() {
        return b.jdbc().sql("select coalesce(max(checked), 0) from sync_job").query(Integer.class).single();
    }

    private static Map<String, Object> job() {
        return b.jdbc().sql("select state, total, checked, mismatches, errors from sync_job order by id desc limit 1")
                .query().singleRow();
    }
}
