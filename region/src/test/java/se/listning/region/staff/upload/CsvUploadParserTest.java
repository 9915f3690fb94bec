package se.listning.region.staff.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.listning.region.staff.CsvCells;

/** The upload's parser and row check: encodings, BOM, separators, header, quotes, injection. */
class CsvUploadParserTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    @TempDir
    Path dir;

    private final List<CsvUploadParser.Record> records = new ArrayList<>();

    private CsvUploadParser.Format parse(byte[] bytes) throws IOException {
        Path file = Files.createTempFile(dir, "upload", ".csv");
        Files.write(file, bytes);
        return CsvUploadParser.parse(file, records::add, n -> { });
    }

    private CsvUploadParser.Format parse(String text, Charset charset) throws IOException {
        return parse(text.getBytes(charset));
    }

    @Test
    void utf8WithoutBomSemicolonsNoHeader() throws IOException {
        CsvUploadParser.Format format = parse("191212121212;SE1;SE2;2026-01-15\n191212121212;SE1;SE3\n",
                StandardCharsets.UTF_8);
        assertThat(format.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(format.bom()).isFalse();
        assertThat(format.separator()).isEqualTo(';');
        assertThat(format.header()).isFalse();
        assertThat(records).extracting(CsvUploadParser.Record::fields)
                .containsExactly(List.of("191212121212", "SE1", "SE2", "2026-01-15"), List.of("191212121212", "SE1", "SE3"));
        assertThat(records).extracting(CsvUploadParser.Record::lineNo).containsExactly(1L, 2L);
    }

    @Test
    void utf8BomIsSkippedAndHeaderDetected() throws IOException {
        CsvUploadParser.Format format = parse("\uFEFFPersonnummer;Enhet;Läkare\r\n19121212-1212;SE1;SE2\r\n",
                StandardCharsets.UTF_8);
        assertThat(format.bom()).isTrue();
        assertThat(format.header()).isTrue();
        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r.fields()).containsExactly("19121212-1212", "SE1", "SE2");
            assertThat(r.lineNo()).isEqualTo(2);
        });
    }

    @Test
    void windows1252IsDetectedWhenTheFileIsNotValidUtf8() throws IOException {
        CsvUploadParser.Format format = parse("Personnummer,Vårdcentral,Läkare\n191212121212,Åsa Öberg,Läkare Ärlig\n",
                CsvUploadParser.WINDOWS_1252);
        assertThat(format.charset()).isEqualTo(CsvUploadParser.WINDOWS_1252);
        assertThat(format.separator()).isEqualTo(',');
        assertThat(records.get(0).fields()).containsExactly("191212121212", "Åsa Öberg", "Läkare Ärlig");
    }

    @Test
    void quotedFieldsKeepSeparatorsQuotesAndLineBreaks() throws IOException {
        parse("\"191212121212\";\"SE;1\";\"say \"\"hi\"\"\";\"a\nb\"\n191212121212;x;y\n", StandardCharsets.UTF_8);
        assertThat(records.get(0).fields()).containsExactly("191212121212", "SE;1", "say \"hi\"", "a\nb");
        assertThat(records.get(1).lineNo()).isEqualTo(3);
    }

    @Test
    void blankLinesAreSkippedAndLoneCrEndsALine() throws IOException {
        parse("191212121212;a;b\r\r\n\n191212121212;c;d", StandardCharsets.UTF_8);
        assertThat(records).extracting(CsvUploadParser.Record::fieldCount).containsExactly(3, 3);
    }

    @Test
    void ourOwnErrorColumnIsDroppedOnReupload() throws IOException {
        parse(ErrorCsv.BOM + ErrorCsv.HEADER + "\r\n191212121212;SE1;SE2;;Dubblett\r\n", StandardCharsets.UTF_8);
        assertThat(records).singleElement().satisfies(r -> assertThat(r.fields()).containsExactly("191212121212", "SE1", "SE2", ""));
    }

    @Test
    void overlongFieldsAreCutInMemory() throws IOException {
        parse(("191212121212;" + "X".repeat(50_000) + ";b").getBytes(StandardCharsets.UTF_8));
        assertThat(records.get(0).fields().get(1)).hasSize(CsvUploadParser.MAX_KEPT_CHARS + 1);
        assertThat(check(records.get(0)).message()).isEqualTo(UploadMessage.TOO_LONG);
    }

    @Test
    void rowCheckNormalisesPersonnummerFormsAndHsaIds() {
        RowCheck.Row row = check(record("19121212-1212", " se2321000016-ab12 ", "se2321000016-d1", "2026-05-31"));
        assertThat(row.message()).isNull();
        assertThat(row.personId()).isEqualTo("191212121212");
        assertThat(row.unit()).isEqualTo("SE2321000016-AB12");
        assertThat(row.date()).isEqualTo(LocalDate.of(2026, 5, 31));
        assertThat(check(record("121212-1212", "u", "d")).personId()).isEqualTo("201212121212");
        assertThat(check(record("121212+1212", "u", "d")).personId()).isEqualTo("191212121212");
        assertThat(check(record("1212121212", "u", "d")).personId()).isEqualTo("201212121212");
    }

    @Test
    void rowCheckRefusals() {
        assertThat(check(record("191212121213", "u", "d")).message()).isEqualTo(UploadMessage.INVALID_PERSON);
        assertThat(check(record("191212121212", "u")).message()).isEqualTo(UploadMessage.WRONG_COLUMNS);
        assertThat(check(record("191212121212", "u", "d", "x", "y")).message()).isEqualTo(UploadMessage.WRONG_COLUMNS);
        assertThat(check(record("191212121212", "u", "d", "2026-13-01")).message()).isEqualTo(UploadMessage.INVALID_DATE);
        assertThat(check(record("191212121212", "u", "d", "2026-06-02")).message()).isEqualTo(UploadMessage.FUTURE_DATE);
        assertThat(check(record("191212121212", "u", "d", "")).message()).isNull();
    }

    @Test
    void formulaInjectionIsRefusedInAnyCell() {
        for (String evil : List.of("=HYPERLINK(\"x\")", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "  =1")) {
            assertThat(check(record("191212121212", "u", evil)).message()).as(evil).isEqualTo(UploadMessage.FORMULA);
        }
        assertThat(check(record("=191212121212", "u", "d", "x", "y")).message()).isEqualTo(UploadMessage.FORMULA);
    }

    @Test
    void errorCsvGuardsCellsAgainstFormulas() {
        assertThat(CsvCells.cell("=1+1")).isEqualTo("'=1+1");
        assertThat(CsvCells.cell("@x")).isEqualTo("'@x");
        assertThat(CsvCells.cell("a;b")).isEqualTo("\"a;b\"");
        assertThat(CsvCells.cell("-\"q\"")).isEqualTo("\"'-\"\"q\"\"\"");
        assertThat(CsvCells.cell("SE123")).isEqualTo("SE123");
    }

    private static CsvUploadParser.Record record(String... fields) {
        return new CsvUploadParser.Record(1, List.of(fields), fields.length);
    }

    private static RowCheck.Row check(CsvUploadParser.Record record) {
        return new RowCheck(TODAY).check(record);
    }
}
