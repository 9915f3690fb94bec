package se.listning.region.population;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Coverage-guided fuzzing (Jazzer) of the population feed parser: any bytes give a result whose problems name a line
 * of the file in Swedish without a full personnummer (the property of {@link FeedParserFuzzTest}), never an
 * exception; an accepted feed has a header and one change per change line. Regression mode runs the seed files in
 * {@code FeedParserJazzerTestInputs/feeds}; {@code JAZZER_FUZZ=1} fuzzes for {@code maxDuration}.
 */
class FeedParserJazzerTest {

    @FuzzTest(maxDuration = "20s")
    void feeds(byte[] bytes) {
        FeedParser.Result result = FeedParserFuzzTest.parse(bytes);
        FeedParserFuzzTest.assertProblemsAreClean(result, bytes);
        if (result.ok()) {
            long changeLines = new String(bytes, StandardCharsets.UTF_8).lines().count() - 2; // header and END
            assertThat(result.feed()).isNotNull();
            assertThat((long) result.feed().changes().size()).isEqualTo(changeLines);
        }
    }
}
