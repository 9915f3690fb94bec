package se.listning.region.staff.upload;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Coverage-guided fuzzing (Jazzer) of the CSV upload's parser and row check: any bytes give records whose refusals
 * are the Swedish upload messages, never another exception (the property of {@link CsvUploadParserFuzzTest}).
 * Regression mode runs the seed files in {@code CsvUploadJazzerTestInputs/uploads}; {@code JAZZER_FUZZ=1} fuzzes
 * for {@code maxDuration}.
 */
class CsvUploadJazzerTest {

    private static final Path FILE = tempFile();

    @FuzzTest(maxDuration = "20s")
    void uploads(byte[] bytes) throws IOException {
        Files.write(FILE, bytes);
        CsvUploadParserFuzzTest.parsesCleanly(FILE, bytes);
    }

    private static Path tempFile() {
        try {
            Path file = Files.createTempFile("jazzer-upload", ".csv");
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
