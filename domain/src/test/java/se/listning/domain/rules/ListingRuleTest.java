package se.listning.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.listning.domain.api.Outcome;
import se.listning.domain.api.ResultCode;

class ListingRuleTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("%([sd])");

    /** Sample arguments matching each placeholder of the template. */
    private static Object[] sampleArgs(ListingRule rule) {
        List<Object> args = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(rule.template());
        while (m.find()) {
            // INVALID_REQUEST wraps a validation text, which is itself a sentence.
            String text = rule == ListingRule.INVALID_REQUEST ? "Länskoden saknas." : "Vårdcentralen Åby";
            args.add(m.group(1).equals("d") ? (Object) 7 : text);
        }
        return args.toArray();
    }

    @ParameterizedTest
    @EnumSource(ListingRule.class)
    void everyRuleGivesACompleteSwedishSentence(ListingRule rule) {
        Outcome outcome = rule.outcome(sampleArgs(rule));

        assertThat(outcome.code()).isEqualTo(rule.code());
        assertThat(outcome.text()).isNotBlank().doesNotContain("%").endsWith(".");
    }

    @Test
    void theRelistingTextNamesTheCapAndTheWindow() {
        assertThat(ListingRule.RELISTING_CAP_REACHED.outcome(2, 12).text()).isEqualTo(
                "Du har redan gjort det högsta tillåtna antalet omlistningar (2) under de senaste 12 månaderna.");
    }

    @Test
    void everySpecificContractCodeHasARule() {
        for (ResultCode code : ResultCode.values()) {
            assertThat(List.of(ListingRule.values())).as(code.name()).anyMatch(r -> r.code() == code);
        }
    }

    @Test
    void aMissingArgumentFailsInsteadOfLeakingAPlaceholder() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ListingRule.UNKNOWN_FACILITY.outcome())
                .isInstanceOf(java.util.IllegalFormatException.class);
    }

    @Test
    void onlyOkAndInfoCountAsCarriedOut() {
        assertThat(ListingRule.ALREADY_LISTED.carriedOut()).isTrue();
        assertThat(ListingRule.LISTED.carriedOut()).isTrue();
        assertThat(ListingRule.FACILITY_FULL.carriedOut()).isFalse();
        assertThat(ListingRule.GUARDIAN_CONSENT_NEEDED.carriedOut()).isFalse();
    }
}
