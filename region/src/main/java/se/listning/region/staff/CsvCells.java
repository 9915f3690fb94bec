package se.listning.region.staff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * CSV for spreadsheets in Swedish locale: {@code ;}-separated, UTF-8 with BOM, CRLF lines, quoted where needed,
 * and guarded against formula injection: a cell starting (after spaces) with =, +, -, @, tab or CR gets a leading
 * {@code '}. The CSV upload refuses such cells with the same test.
 */
public final class CsvCells {

    public static final char BOM = '\uFEFF';
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private CsvCells() {
    }

    /** Whether a spreadsheet could run {@code field} as a formula: its first non-space character is one of =+-@, tab, CR. */
    public static boolean isFormula(String field) {
        int i = 0;
        while (i < field.length() && field.charAt(i) == ' ') {
            i++;
        }
        return i < field.length() && FORMULA_STARTS.indexOf(field.charAt(i)) >= 0;
    }

    /** The cell as written: guarded against formulas, then quoted if it holds {@code ;}, quotes or line breaks. */
    public static String cell(String value) {
        String v = value == null ? "" : value;
        if (isFormula(v)) {
            v = "'" + v;
        }
        if (v.indexOf(';') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            v = '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }

    /** One line: the cells joined with {@code ;}, ended with CRLF. */
    public static String line(List<String> cells) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(';');
            }
            out.append(cell(cells.get(i)));
        }
        return out.append("\r\n").toString();
    }

    /** A whole file: BOM, header line, rows. */
    public static void write(Writer out, List<String> header, List<List<String>> rows) {
        try {
            out.write(BOM);
            out.write(line(header));
            for (List<String> row : rows) {
                out.write(line(row));
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
