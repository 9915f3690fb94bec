package se.listning.region.staff.upload;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes the faulty rows of an upload as CSV for Excel: {@code ;}-separated, the four columns of the
 * upload plus "Felmeddelande". The caller writes the UTF-8 BOM. Every cell is guarded against formula
 * injection (a leading ' before =, +, -, @, tab or CR) and quoted when it holds ; " or a line break.
 */
public final class ErrorCsv {

    public static final String BOM = "\uFEFF";
    public static final String HEADER = "Personnummer;HSA-id vårdcentral;HSA-id läkare;Datum;" + CsvUploadParser.ERROR_COLUMN;

    private ErrorCsv() {
    }

    public static void row(Writer out, String... cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.write(';');
            }
            out.write(cell(cells[i]));
        }
        out.write("\r\n");
    }

    /** One cell, guarded and quoted as needed. */
    public static String cell(String value) {
        if (value == null) {
            return "";
        }
        String v = RowCheck.isFormula(value) ? "'" + value : value;
        if (v.indexOf(';') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0
                || v.indexOf(',') >= 0) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }
}
