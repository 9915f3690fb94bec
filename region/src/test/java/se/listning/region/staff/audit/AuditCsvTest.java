package se.listning.region.staff.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** CSV cells of the audit export: spreadsheet formulas disarmed, separators and quotes escaped. */
class AuditCsvTest {

    @Test
    void cellsAReadAsFormulaGetALeadingApostrophe() {
        assertThat(AuditCsv.cell("=1+1")).isEqualTo("'=1+1");
        assertThat(AuditCsv.cell("+46701234567")).isEqualTo("'+46701234567");
        assertThat(AuditCsv.cell("-2")).isEqualTo("'-2");
        assertThat(AuditCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(AuditCsv.cell("\tx")).isEqualTo("'\tx");
        assertThat(AuditCsv.cell("\rx")).isEqualTo("\"'\rx\"");
    }

    @Test
    void separatorsQuotesAndLineBreaksAreQuoted() {
        assertThat(AuditCsv.cell("a;b")).isEqualTo("\"a;b\"");
        assertThat(AuditCsv.cell("sa \"hej\"")).isEqualTo("\"sa \"\"hej\"\"\"");
        assertThat(AuditCsv.cell("rad1\nrad2")).isEqualTo("\"rad1\nrad2\"");
        assertThat(AuditCsv.cell("SE2321000016-T1")).isEqualTo("SE2321000016-T1");
        assertThat(AuditCsv.cell(null)).isEmpty();
    }
}
