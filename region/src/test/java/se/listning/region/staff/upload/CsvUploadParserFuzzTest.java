package se.listning.region.staff.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.listning.domain.identity.PersonId;
import se.listning.region.hostile.Fuzz;

/**
 * Fuzzing the CSV upload's parser and row check (issue 7, point 4): arbitrary bytes and separator/quote/BOM/line
 * break soup never throw, never give more records than physical lines, and every refusal is one of the Swedish
 * messages; generated valid files round-trip through UTF-8 (with and without BOM) and Windows-1252.
 */
class CsvUploadParserFuzzTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final Set<String> MESSAGES = Arrays.stream(UploadMessage.class.getDeclaredFields())
            .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
            .map(CsvUploadParserFuzzTest::value).collect(Collectors.toSet());

    @TempDir
    Path dir;

    @Test
    void arbitraryBytesNeverBreakTheParser() {
        Fuzz.check("csv upload: arbitrary bytes", 300, random -> parsesCleanly(Fuzz.bytes(random, 4000)));
    }

    @Test
    void separatorQuoteBomAndLineBreakSoupNeverBreaksTheParser() {
        Fuzz.check("csv upload: separator/quote/BOM/CR/LF text", 500, random -> {
            String text = Fuzz.text(random, 400, ";", ",", "\"", "\"\"", "\r", "\n", "\r\n", "\uFEFF", "1", "9", "-",
                    "+", "=", "@", "\t", " ", "a", "Å", "é", "SE2321000016-", "19121212", "\u0000", "\u202E");
            Charset charset = random.nextBoolean() ? StandardCharsets.UTF_8 : Charset.forName("windows-1252");
            parsesCleanly(text.getBytes(charset));
        });
    }

    @Test
    void validRowsRoundTripInUtf8AndWindows1252() {
        Fuzz.check("csv upload: round trip of valid rows", 300, random -> {
            char separator = random.nextBoolean() ? ';' : ',';
            List<List<String>> rows = new ArrayList<>();
            int count = 1 + random.nextInt(30);
            for (int i = 0; i < count; i++) {
                rows.add(validRow(random, i));
            }
            String lineBreak = random.nextBoolean() ? "\r\n" : "\n";
            StringBuilder text = new StringBuilder("Personnummer" + separator + "Vårdcentral" + separator + "Läkare"
                    + separator + "Datum" + lineBreak);
            rows.forEach(row -> text.append(line(row, separator)).append(lineBreak));
            int encoding = random.nextInt(3);
            byte[] bytes = switch (encoding) {
                case 0 -> text.toString().getBytes(StandardCharsets.UTF_8);
                case 1 -> ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
                default -> text.toString().getBytes(Charset.forName("windows-1252"));
            };
            List<CsvUploadParser.Record> records = new ArrayList<>();
            CsvUploadParser.Format format = CsvUploadParser.parse(file(bytes), records::add, n -> { });

            assertThat(format.header()).isTrue();
            assertThat(format.separator()).isEqualTo(separator);
            assertThat(format.charset()).isEqualTo(encoding == 2 ? Charset.forName("windows-1252") : StandardCharsets.UTF_8);
            assertThat(records).extracting(CsvUploadParser.Record::fields).containsExactlyElementsOf(rows);
            RowCheck check = new RowCheck(TODAY);
            for (int i = 0; i < rows.size(); i++) {
                RowCheck.Row row = check.check(records.get(i));
                assertThat(row.personId()).isEqualTo(rows.get(i).get(0));
                assertThat(row.unit()).isEqualTo(rows.get(i).get(1).toUpperCase(java.util.Locale.ROOT));
            }
        });
    }

    private void parsesCleanly(byte[] bytes) {
        parsesCleanly(file(bytes), bytes);
    }

    /**
     * Parses and row-checks {@code file} (holding {@code bytes}): no exception, records within the file's lines,
     * refusals in Swedish. Also the property of the coverage-guided {@code CsvUploadJazzerTest}.
     */
    static void parsesCleanly(Path file, byte[] bytes) {
        List<CsvUploadParser.Record> records = new ArrayList<>();
        CsvUploadParser.parse(file, records::add, n -> { });
        String asText = new String(bytes, StandardCharsets.ISO_8859_1);
        long lines = 1 + asText.replace("\r\n", "\n").chars().filter(c -> c == '\n' || c == '\r').count();
        assertThat((long) records.size()).isLessThanOrEqualTo(lines);
        RowCheck check = new RowCheck(TODAY);
        for (CsvUploadParser.Record record : records) {
            assertThat(record.lineNo()).isBetween(1L, lines);
            assertThat(record.fields()).hasSizeLessThanOrEqualTo(CsvUploadParser.MAX_KEPT_FIELDS)
                    .allSatisfy(f -> assertThat(f.length()).isLessThanOrEqualTo(CsvUploadParser.MAX_KEPT_CHARS + 1));
            RowCheck.Row row = check.check(record);
            if (row.message() != null) {
                assertThat(MESSAGES).contains(row.message());
            } else {
                assertThat(PersonId.isValid(row.personId(), PersonId.parse(row.personId()).kind())).isTrue();
            }
        }
    }

    /** personnummer in one of its accepted forms, an HSA-id, a doctor's HSA-id (may hold ; and quotes), a date or none. */
    private static List<String> validRow(Random random, int serial) {
        LocalDate birth = LocalDate.of(1930, 1, 1).plusDays(random.nextInt(30_000));
        String nine = String.format("%02d%02d%02d%03d", birth.getYear() % 100, birth.getMonthValue(),
                birth.getDayOfMonth(), serial);
        String pnr = birth.getYear() / 100 + nine + PersonId.checkDigit(nine);
        String unit = "SE2321000016-" + Fuzz.text(random, 6, "A", "b", "7", "Å", "é");
        String doctor = "SE2321000016-" + Fuzz.text(random, 8, "P", "q", "1", ";", ",", "\"", "ö", " ");
        List<String> row = new ArrayList<>(List.of(pnr, unit, doctor));
        if (random.nextBoolean()) {
            row.add(birth.plusYears(random.nextInt(20)).isAfter(TODAY) ? "" : birth.toString());
        }
        return row;
    }

    private static String line(List<String> row, char separator) {
        return row.stream().map(cell -> cell.indexOf(separator) >= 0 || cell.indexOf('"') >= 0
                ? '"' + cell.replace("\"", "\"\"") + '"' : cell).collect(Collectors.joining(String.valueOf(separator)));
    }

    private Path file(byte[] bytes) {
        try {
            Path file = Files.createTempFile(dir, "fuzz", ".csv");
            Files.write(file, bytes);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String value(Field field) {
        try {
            field.setAccessible(true);
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
