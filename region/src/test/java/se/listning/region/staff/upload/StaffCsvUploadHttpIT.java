package se.listning.region.staff.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.listning.domain.identity.HsaId;
import se.listning.region.staff.security.StaffHttp;
import se.listning.region.staff.security.StaffUser;
import se.listning.region.testing.RegionIT;
import se.listning.region.testing.StaffFixtures;

/** The upload over real HTTP: the 100 MB limit, CSRF, and who may upload and see an upload. */
class StaffCsvUploadHttpIT extends RegionIT {

    private static final long MB = 1 << 20;

    @Autowired
    StaffFixtures staff;

    @Test
    void aFileOverOneHundredMegabytesGetsAReadableMessageAndNothingIsStored() {
        StaffUser user = staff.vardval();
        StaffHttp http = StaffHttp.signedIn(port, user.username());
        long before = uploads(user);

        HttpResponse<String> response = upload(http, http.csrfToken(), 101 * MB);

        assertThat(response.statusCode()).isEqualTo(302);
        String location = response.headers().firstValue("Location").orElse("");
        assertThat(location).endsWith("/staff/upload?for-stor");
        assertThat(http.get(location.substring(location.indexOf("/staff/"))).body()).contains("Filen är för stor");
        assertThat(uploads(user)).isEqualTo(before);
    }

    @Test
    void anUploadWithoutTheCsrfTokenIsRefused() {
        StaffUser user = staff.vardval();
        StaffHttp http = StaffHttp.signedIn(port, user.username());
        HttpResponse<String> response = upload(http, "forged", 100);
        assertThat(response.statusCode()).isIn(302, 403);
        assertThat(response.headers().firstValue("Location").orElse("")).doesNotContain("/staff/upload/");
        assertThat(uploads(user)).isZero();
    }

    @Test
    void aSystemAdministratorMayNotUploadAndNobodySeesAnotherChefsUpload() {
        StaffUser admin = staff.sysadmin();
        StaffHttp adminHttp = StaffHttp.signedIn(port, admin.username());
        assertThat(adminHttp.get("/staff/upload").statusCode()).isEqualTo(403);
        assertThat(upload(adminHttp, adminHttp.csrfToken(), 100).statusCode()).isEqualTo(403);
        assertThat(uploads(admin)).isZero();

        HsaId unit = fixtures.facility().create();
        StaffUser owner = staff.chef(unit);
        StaffHttp ownerHttp = StaffHttp.signedIn(port, owner.username());
        HttpResponse<String> started = upload(ownerHttp, ownerHttp.csrfToken(), 100);
        String result = started.headers().firstValue("Location").orElseThrow();
        assertThat(result).matches(".*/staff/upload/\\d+$");
        String path = result.substring(result.indexOf("/staff/upload/"));

        StaffHttp otherChef = StaffHttp.signedIn(port, staff.chef(unit).username());
        assertThat(otherChef.get(path).statusCode()).isEqualTo(403);
        assertThat(otherChef.get(path + "/felaktiga-poster.csv").statusCode()).isEqualTo(403);
        assertThat(ownerHttp.get(path).statusCode()).isEqualTo(200);
        assertThat(StaffHttp.signedIn(port, staff.vardval().username()).get(path).statusCode()).isEqualTo(200);
    }

    @Test
    void aFileCheckedWithinTheWaitAnswersWithItsResultPageNotTheProgressBar() {
        HsaId unit = fixtures.facility().create();
        StaffUser chef = staff.chef(unit);
        StaffHttp http = StaffHttp.signedIn(port, chef.username());

        HttpResponse<String> posted = upload(http, http.csrfToken(), 100);

        String location = posted.headers().firstValue("Location").orElseThrow();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(jdbc.sql("select state from csv_upload where id = :id").param("id", id).query(String.class).single())
                .as("the POST waited for the outcome (listning.upload.wait-for-outcome)").isNotEqualTo("RUNNING");
        assertThat(http.get(location.substring(location.indexOf("/staff/"))).body())
                .contains("Totalt", "Felaktiga").doesNotContain("id=\"upload-progress\"");
    }

    /** POSTs a multipart body with a generated file of {@code bytes} bytes (never held in memory). */
    private static HttpResponse<String> upload(StaffHttp http, String token, long bytes) {
        String boundary = "----it" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"stor.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        return http.send("/staff/upload?_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8), request -> request
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() ->
                        new SequenceInputStream(java.util.Collections.enumeration(List.of(
                                new ByteArrayInputStream(head), rows(bytes), new ByteArrayInputStream(tail))))),
                        head.length + bytes + tail.length)));
    }

    /** {@code bytes} bytes of CSV-looking rows. */
    private static InputStream rows(long bytes) {
        byte[] row = "191212121212;SE2321000016-X;SE2321000016-Y\n".getBytes(StandardCharsets.US_ASCII);
        return new InputStream() {
            long sent;

            @Override
            public int read() {
                return sent < bytes ? row[(int) (sent++ % row.length)] : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (sent >= bytes) {
                    return -1;
                }
                int n = (int) Math.min(len, bytes - sent);
                for (int i = 0; i < n; i++) {
                    b[off + i] = row[(int) ((sent + i) % row.length)];
                }
                sent += n;
                return n;
            }
        };
    }

    private long uploads(StaffUser user) {
        return jdbc.sql("select count(*) from csv_upload where uploaded_by = :u").param("u", user.username())
                .query(Long.class).single();
    }
}
