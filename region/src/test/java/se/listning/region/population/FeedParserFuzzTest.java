package se.listning.region.population;

import static org.assertj.core.api.Assertions.assertThat;
import static se.listning.region.population.FeedParserTest.ADULT;
import static se.listning.region.population.FeedParserTest.CHILD;
import static se.listning.region.population.FeedParserTest.MOTHER;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import se.listning.domain.identity.PersonId;
import se.listning.region.hostile.Fuzz;

/**
 * Fuzzing the population feed parser (issue 7, point 4): arbitrary bytes and generated change lines never throw,
 * every problem names a line of the file with a Swedish text that carries no full personnummer, and a valid feed
 * changed anywhere after its header (line dropped, repeated, swapped, a byte flipped, cut short) is never accepted.
 */
class FeedParserFuzzTest {

    private static final List<String> VALID_LINES = FeedParserTest.EVERY_CHANGE_TYPE;
    private static final Pattern TWELVE_DIGITS = Pattern.compile("(?<!\\d)\\d{12}(?!\\d)");

    @Test
    void arbitraryBytesAreRefusedWithProblemsNeverAnException() {
        Fuzz.check("population feed: arbitrary bytes", 300, random -> {
            byte[] bytes = Fuzz.bytes(random, 3000);
            FeedParser.Result result = parse(bytes);
            assertThat(result.ok()).isFalse();
            assertProblemsAreClean(result, bytes);
        });
    }

    @Test
    void generatedChangeLinesNeverThrowAndProblemsAreClean() {
        Fuzz.check("population feed: generated change lines", 400, random -> {
            List<String> lines = new ArrayList<>();
            int count = random.nextInt(12);
            for (int i = 0; i < count; i++) {
                lines.add(random.nextInt(3) == 0 ? Fuzz.oneOf(random, VALID_LINES) : soup(random));
            }
            byte[] bytes = feed(lines).getBytes(StandardCharsets.UTF_8);
            FeedParser.Result result = parse(bytes);
            assertProblemsAreClean(result, bytes);
            if (result.ok()) {
                assertThat(result.feed().changes()).hasSize(lines.size());
            }
        });
    }

    @Test
    void aValidFeedChangedAfterItsHeaderIsNeverAccepted() {
        Fuzz.check("population feed: mutated valid feeds", 400, random -> {
            List<String> lines = new ArrayList<>(VALID_LINES.subList(0, 2 + random.nextInt(VALID_LINES.size() - 1)));
            byte[] original = feed(lines).getBytes(StandardCharsets.UTF_8);
            assertThat(parse(original).ok()).isTrue();
            byte[] mutated = mutate(random, original);
            FeedParser.Result result = parse(mutated);
            assertThat(result.ok()).as(new String(mutated, StandardCharsets.UTF_8)).isFalse();
            assertProblemsAreClean(result, mutated);
        });
    }

    /**
     * Every problem names line 0 (whole file) or a line of the file, in words, without a full personnummer. Also the
     * property of the coverage-guided {@code FeedParserJazzerTest}.
     */
    static void assertProblemsAreClean(FeedParser.Result result, byte[] bytes) {
        // line breaks as BufferedReader.readLine counts them: LF, CR or CRLF
        long lines = 1 + new String(bytes, StandardCharsets.ISO_8859_1).replace("\r\n", "\n").chars()
                .filter(c -> c == '\n' || c == '\r').count();
        for (FeedProblem problem : result.problems()) {
            assertThat((long) problem.line()).isBetween(0L, lines);
            assertThat(problem.reason()).isNotBlank();
            Matcher digits = TWELVE_DIGITS.matcher(problem.reason());
            while (digits.find()) {
                assertThat(PersonId.isValid(digits.group(), PersonId.Kind.PERSONNUMMER)
                        || PersonId.isValid(digits.group(), PersonId.Kind.SAMORDNINGSNUMMER))
                        .as("full personnummer in '%s'", problem.reason()).isFalse();
            }
        }
    }

    /** A change-line-like string: known and unknown types, fields of ids, junk, separators. */
    private static String soup(Random random) {
        return Fuzz.text(random, 12, "NEW_RESIDENT;", "MOVED_IN;", "MOVED_OUT;", "DECEASED;", "GUARDIANS;",
                "ID_REPLACED;", "PROTECTED_IDENTITY;", "MOVED_WITHIN;", ADULT, MOTHER, CHILD, "19800101980", ";", ",",
                "0180", "20", "01", "2026-12-01", "2026-13-01", "ON", "Å", "\r", "\t", "\uFEFF", "END ", "x".repeat(250));
    }

    private static byte[] mutate(Random random, byte[] original) {
        int headerEnd = new String(original, StandardCharsets.ISO_8859_1).indexOf('\n') + 1;
        List<String> lines = new ArrayList<>(List.of(new String(original, StandardCharsets.UTF_8)
                .substring(headerEnd).split("\n")));
        String header = new String(original, 0, headerEnd, StandardCharsets.UTF_8);
        int a = random.nextInt(lines.size());
        int b = random.nextInt(lines.size());
        switch (random.nextInt(5)) {
            case 0 -> lines.remove(a);
            case 1 -> lines.add(b, lines.get(a));
            case 2 -> {
                if (lines.get(a).equals(lines.get(b))) {
                    lines.remove(a);
                } else {
                    lines.set(a, lines.set(b, lines.get(a)));
                }
            }
            case 3 -> {
                byte[] flipped = original.clone();
                // not the file's last byte: the trailer is read trimmed, so a blank or control character for its
                // final line feed is no change of content
                int at = headerEnd + random.nextInt(original.length - headerEnd - 1);
                flipped[at] ^= (byte) (1 + random.nextInt(255));
                if (original[at] == '\n' && flipped[at] == '\r') {
                    flipped[at] = 'x'; // CR for LF is the same line break to the parser, not a change of content
                }
                return flipped;
            }
            default -> {
                return java.util.Arrays.copyOf(original, headerEnd + random.nextInt(original.length - headerEnd - 1));
            }
        }
        return (header + String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String feed(List<String> lines) {
        StringWriter text = new StringWriter();
        try (FeedWriter writer = new FeedWriter(text, "01", "PU-FUZZ-1", LocalDateTime.of(2026, 12, 6, 4, 0))) {
            for (String line : lines) {
                writer.line(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    static FeedParser.Result parse(byte[] bytes) {
        try {
            return new FeedParser().parse(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
