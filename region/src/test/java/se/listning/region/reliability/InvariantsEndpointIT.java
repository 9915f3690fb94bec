package se.listning.region.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import se.listning.domain.identity.HsaId;
import se.listning.domain.identity.PersonId;
import se.listning.region.testing.RegionIT;

/** /admin/invariants answers every check by name with a count, table counts and the doctor-link fingerprint; no person. */
class InvariantsEndpointIT extends RegionIT {

    @Test
    void namesAndCountsOnlyAndTheFingerprintFollowsDoctorLinks() throws Exception {
        fixtures.ensurePv();
        HsaId unit = fixtures.facility().create();
        HsaId doctor = fixtures.doctor(unit).create();
        PersonId person = fixtures.resident().create();
        long listing = fixtures.listing(person, unit).create();

        String before = get();
        jdbc.sql("update listing set doctor_hsa_id = :d where id = :id").param("d", doctor.value()).param("id", listing).update();
        String after = get();

        for (InvariantCheck.Check check : InvariantCheck.Check.values()) {
            assertThat(after).contains("\"" + check.name() + "\":");
        }
        assertThat(after).contains("\"violations\":", "\"persons\":", "\"doctorChanges\":", "\"outboxNotices\":")
                .doesNotContain(person.value()).doesNotContain(person.value().substring(0, 8) + "-");
        assertThat(fingerprint(after)).matches("[0-9a-f]{32}").isNotEqualTo(fingerprint(before));
    }

    private String get() throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/admin/invariants")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        return answer.body();
    }

    private static String fingerprint(String json) {
        int at = json.indexOf("\"doctorLinks\":\"") + 15;
        return json.substring(at, json.indexOf('"', at));
    }
}
