package se.listning.region.staff.upload;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import se.listning.region.staff.CsvCells;

/**
 * The faulty rows of an upload as CSV for Excel: the four columns of the upload plus "Felmeddelande",
 * written with {@link CsvCells} ({@code ;}-separated, guarded against formula injection, quoted as needed).
 * The caller writes the UTF-8 BOM.
 */
public final class ErrorCsv {

    public static final String BOM = String.valueOf(CsvCells.BOM);
    public static final String HEADER = "Personnummer;HSA-id vårdcentral;HSA-id läkare;Datum;" + CsvUploadParser.ERROR_COLUMN;

    private ErrorCsv() {
    }

    public static void row(Writer out, String... cells) throws IOException {
        out.write(CsvCells.line(Arrays.asList(cells)));
    }
}
