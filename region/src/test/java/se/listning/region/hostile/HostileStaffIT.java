package se.listning.region.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import se.listning.domain.identity.HsaId;
import se.listning.domain.identity.PersonId;
import se.listning.region.staff.CsvCells;
import se.listning.region.staff.security.StaffHttp;
import se.listning.region.staff.security.StaffUser;
import se.listning.region.staff.upload.CsvUploadParser;
import se.listning.region.testing.RegionIT;
import se.listning.region.testing.StaffFixtures;

/**
 * Staff-side hostile input (issue 7, point 4): path traversal in upload file names never reaches the file
 * system and the name shown back is clean; no cell of any CSV export (reports, audit export, upload error file)
 * can run as a formula, whatever it starts with (=, +, -, @, TAB, CR).
 */
class HostileStaffIT extends RegionIT {

    static final List<String> FORMULA_STARTS = List.of("=", "+", "-", "@", "\t", "\r");
    private static final String PAYLOAD = "cmd|' /C calc'!A0";

    @Autowired
    StaffFixtures staff;

    @ParameterizedTest
    @ValueSource(strings = {"../../hostile-%s.csv", "..\\..\\hostile-%s.csv", "/tmp/hostile-%s.csv",
            "C:\\Windows\\hostile-%s.csv", "hostile-%s\u0000.csv.exe", "..", "%s\u202Evsc.exe", "<script>%s</script>.csv",
            "\u0000", "   "})
    void anUploadFileNameNeverReachesTheFileSystemAndIsShownClean(String pattern) {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String fileName = pattern.formatted(marker);
        HsaId unit = fixtures.facility().create();
        StaffUser chef = staff.chef(unit);
        StaffHttp http = StaffHttp.signedIn(port, chef.username());

        HttpResponse<String> response = http.postFile("/staff/upload", "file", fileName,
                "191212121212;SE-X;SE-Y\n".getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        String location = response.headers().firstValue("Location").orElseThrow();
        if (location.endsWith("/staff/upload?ogiltig-fil")) {
            // Tomcat refuses some names (a NUL inside) before our code runs: a readable refusal, nothing stored
            assertThat(http.get("/staff/upload?ogiltig-fil").body()).contains("Filen kunde inte tas emot");
            assertThat(uploads(chef)).isZero();
            return;
        }
        assertThat(location).matches(".*/staff/upload/\\d+$");
        String stored = jdbc.sql("select file_name from csv_upload where uploaded_by = :u order by id desc limit 1")
                .param("u", chef.username()).query(String.class).single();
        assertThat(stored).doesNotContain("/", "\\", "\u0000", "\u202E").isNotEqualTo("..").isNotBlank();
        assertThat(stored.chars().noneMatch(Character::isISOControl)).isTrue();
        String page = http.get(location.substring(location.indexOf("/staff/"))).body();
        assertThat(page).contains(stored.replace("<", "&lt;").replace(">", "&gt;"))
                .doesNotContain("<script>" + marker);
        for (Path dir : List.of(Path.of("").toAbsolutePath(), Path.of("").toAbsolutePath().getParent(),
                Path.of("").toAbsolutePath().getParent().getParent(), Path.of("/tmp"),
                Path.of(System.getProperty("java.io.tmpdir")))) {
            assertThat(Files.exists(dir.resolve("hostile-" + marker + ".csv"))).as(dir.toString()).isFalse();
        }
    }

    @Test
    void noReportCellCanRunAsAFormula() {
        List<HsaId> units = new ArrayList<>();
        for (String start : FORMULA_STARTS) {
            HsaId unit = fixtures.facility().name(start + PAYLOAD).queue(true).cap(1).create();
            HsaId doctor = fixtures.doctor(unit).name(start + "Doktor").create();
            fixtures.listing(fixtures.resident().create(), unit).doctor(doctor).create();
            units.add(unit);
        }
        StaffHttp chef = StaffHttp.signedIn(port, staff.chef(units.toArray(HsaId[]::new)).username());
        int checked = 0;
        for (String report : List.of("listade", "utomlans", "omlistningar", "koer", "lakarkontakt")) {
            checked += assertNoFormula(chef.get("/staff/reports/" + report + "/csv"));
        }
        assertThat(checked).isGreaterThanOrEqualTo(FORMULA_STARTS.size());
    }

    @Test
    void noAuditExportCellCanRunAsAFormula() {
        PersonId person = fixtures.resident().create();
        for (String start : FORMULA_STARTS) {
            jdbc.sql("""
                    insert into audit_event (channel, consumer_id, actor_type, actor_id, action, person_id, outcome, detail)
                    values (:v, :v, 'CITIZEN', :v, :v, :p, :v, :v)""")
                    .param("v", start + PAYLOAD).param("p", person.value()).update();
        }
        StaffHttp admin = StaffHttp.signedIn(port, staff.sysadmin().username());
        HttpResponse<String> export = admin.get("/staff/audit/export");
        assertThat(assertNoFormula(export)).isGreaterThanOrEqualTo(FORMULA_STARTS.size());
        assertThat(export.body()).contains("'=" + PAYLOAD, "'@" + PAYLOAD, "'\t" + PAYLOAD);
    }

    @Test
    void noUploadErrorFileCellCanRunAsAFormula() throws Exception {
        HsaId unit = fixtures.facility().create();
        StaffUser chef = staff.chef(unit);
        StaffHttp http = StaffHttp.signedIn(port, chef.username());
        StringBuilder file = new StringBuilder("Personnummer;Vårdcentral;Läkare\r\n");
        for (String start : FORMULA_STARTS) {
            file.append("\"").append(start).append("191212121212\";").append(unit.value()).append(";\"").append(start)
                    .append(PAYLOAD.replace("\"", "")).append("\"\r\n");
        }
        HttpResponse<String> started = http.postFile("/staff/upload", "file", "formler.csv",
                file.toString().getBytes(StandardCharsets.UTF_8));
        String location = started.headers().firstValue("Location").orElseThrow();
        String path = location.substring(location.indexOf("/staff/upload/"));
        long id = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
        awaitFinished(id);
        HttpResponse<String> errors = http.get(path + "/felaktiga-poster.csv");
        assertThat(assertNoFormula(errors)).isEqualTo(FORMULA_STARTS.size());
    }

    private long uploads(StaffUser user) {
        return jdbc.sql("select count(*) from csv_upload where uploaded_by = :u").param("u", user.username())
                .query(Long.class).single();
    }

    /** Every cell of the CSV answer: none a spreadsheet would run. Returns the number of data lines. */
    private static int assertNoFormula(HttpResponse<String> csv) {
        assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        List<List<String>> rows = new ArrayList<>();
        try {
            CsvUploadParser.parse(new BufferedReader(new StringReader(csv.body().replace("\uFEFF", ""))),
                    StandardCharsets.UTF_8, false, r -> rows.add(r.fields()));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        for (List<String> row : rows) {
            for (String cell : row) {
                assertThat(CsvCells.isFormula(cell)).as("cell %s in %s", cell, row).isFalse();
            }
        }
        return rows.size();
    }

    private void awaitFinished(long id) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            String state = jdbc.sql("select state from csv_upload where id = :id").param("id", id).query(String.class)
                    .single();
            if (!"RUNNING".equals(state)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("upload " + id + " still running");
    }
}
