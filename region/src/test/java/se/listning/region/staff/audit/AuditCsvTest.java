package se.listning.region.staff.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** Lines of the audit export: BOM and header, formulas disarmed, separators and quotes escaped. */
class AuditCsvTest {

    @Test
    void anEntryIsOneGuardedLine() {
        StringWriter out = new StringWriter();
        AuditCsv csv = new AuditCsv(out);
        csv.header();
        csv.row(new AuditEntry(7, LocalDateTime.of(2026, 3, 1, 9, 30), "staff", null, "STAFF", "SE2321000016-S1",
                "VC_CHEF", "SE2321000016-T1", "SET_DOCTOR", "196001010021", "OK", "-städa", "=HYPERLINK(\"x\";\"y\")"));
        csv.note("Slut");

        assertThat(out.toString()).isEqualTo("\uFEFFtid;kanal;användare/system;roll;enhet;åtgärd;person;utfall;syfte;detalj\r\n"
                + "2026-03-01T09:30;staff;SE2321000016-S1;VC-chef;SE2321000016-T1;SET_DOCTOR;19600101-0021;OK;'-städa;"
                + "\"'=HYPERLINK(\"\"x\"\";\"\"y\"\")\"\r\n"
                + "# Slut\r\n");
    }

    @Test
    void missingValuesAreEmptyCellsAndJobsShowAsSystem() {
        StringWriter out = new StringWriter();
        new AuditCsv(out).row(new AuditEntry(8, LocalDateTime.of(2026, 3, 1, 9, 30), "folkbokföring", null, null, null,
                null, null, "MOVED", null, "OK", null, null));
        assertThat(out.toString()).isEqualTo("2026-03-01T09:30;folkbokföring;system;;;MOVED;;OK;;\r\n");
    }
}
