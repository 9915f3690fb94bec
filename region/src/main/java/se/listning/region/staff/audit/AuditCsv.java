package se.listning.region.staff.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import se.listning.region.staff.CsvCells;

/**
 * The audit export as CSV in the staff tool's spreadsheet format ({@link CsvCells}: UTF-8 with BOM, ';',
 * formula injection guarded), one entry per line.
 */
final class AuditCsv {

    static final List<String> HEADER = List.of("tid", "kanal", "användare/system", "roll", "enhet", "åtgärd", "person",
            "utfall", "syfte", "detalj");

    private final Writer out;

    AuditCsv(Writer out) {
        this.out = out;
    }

    void header() {
        write(CsvCells.BOM + CsvCells.line(HEADER));
    }

    void row(AuditEntry e) {
        write(CsvCells.line(Arrays.asList(e.at().toString(), e.channel(), e.who(), e.roleLabel(), e.unit(), e.action(),
                e.personLabel(), e.outcome(), e.purpose(), e.detail())));
    }

    /** A closing note as the last line (e.g. that the export was capped). */
    void note(String text) {
        write(CsvCells.line(List.of("# " + text)));
    }

    private void write(String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
