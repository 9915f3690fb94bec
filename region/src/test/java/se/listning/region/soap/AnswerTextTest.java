package se.listning.region.soap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnswerTextTest {

    @Test
    void aValidPersonnummerIsMaskedOtherDigitRunsAndHsaIdsAreNot() {
        assertThat(AnswerText.safe("Okänd länskod '195709262389'; förväntade 01"))
                .isEqualTo("Okänd länskod '19570926-****'; förväntade 01");
        assertThat(AnswerText.safe("Value '19570926-2389' is not valid")).isEqualTo("Value '19570926-****' is not valid");
        assertThat(AnswerText.safe("Vårdenheten SE2321000016-T123 och 123456789012 finns inte"))
                .isEqualTo("Vårdenheten SE2321000016-T123 och 123456789012 finns inte");
    }

    @Test
    void aHugeTextIsCut() {
        String cut = AnswerText.safe("x".repeat(70_000));
        assertThat(cut).hasSizeLessThan(AnswerText.MAX_CHARS + 20).endsWith("(avkortat)");
        assertThat(AnswerText.safe(null)).isNull();
    }

    @Test
    void charactersXmlCannotCarryAreReplaced() {
        assertThat(AnswerText.safe("Unrecognized XML directive '<!DOCT\u0017\u0001YPE' \uD800 \uFFFE ok\tå\uD83D\uDE00"))
                .isEqualTo("Unrecognized XML directive '<!DOCT\uFFFD\uFFFDYPE' \uFFFD \uFFFD ok\tå\uD83D\uDE00");
    }
}
