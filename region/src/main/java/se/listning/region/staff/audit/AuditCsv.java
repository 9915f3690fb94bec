package se.listning.region.staff.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * The audit export as CSV (UTF-8 with BOM, ';' as in Swedish Excel). Cells that a spreadsheet would
 * read as a formula (starting with = + - @ tab or CR) get a leading apostrophe.
 */
final class AuditCsv {

    static final String HEADER = "tid;kanal;användare/system;roll;enhet;åtgärd;person;utfall;syfte;detalj";

    private final Writer out;

    AuditCsv(Writer out) {
        this.out = out;
    }

    void header() {
        line("\uFEFF" + HEADER);
    }

    void row(AuditEntry e) {
        line(String.join(";", cell(e.at().toString()), cell(e.channel()), cell(e.who()), cell(e.roleLabel()),
                cell(e.unit()), cell(e.action()), cell(e.personLabel()), cell(e.outcome()), cell(e.purpose()),
                cell(e.detail())));
    }

    /** A closing note as the last line (e.g. that the export was capped). */
    void note(String text) {
        line(cell("# " + text));
    }

    /** A value as one safe CSV cell: formula guard, then quoted when it holds ; " or a line break. */
    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String v = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (v.indexOf(';') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }

    private void line(String text) {
        try {
            out.write(text);
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
