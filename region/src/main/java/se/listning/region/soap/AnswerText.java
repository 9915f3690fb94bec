package se.listning.region.soap;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.listning.domain.identity.PersonId;

/**
 * Texts sent back to callers (faultstring, resultText) may quote request values through parser, validator or
 * rule messages: a valid personnummer in them is masked like {@link PersonId#masked()}, and a text is cut at
 * {@value #MAX_CHARS} characters so that a huge request value is not echoed back whole.
 */
final class AnswerText {

    static final int MAX_CHARS = 1000;
    private static final Pattern TWELVE_DIGITS = Pattern.compile("(?<!\\d)(\\d{8})[-+]?(\\d{4})(?!\\d)");

    private AnswerText() {
    }

    static String safe(String text) {
        if (text == null) {
            return null;
        }
        String cut = text.length() <= MAX_CHARS ? text : text.substring(0, MAX_CHARS) + "… (avkortat)";
        Matcher m = TWELVE_DIGITS.matcher(cut);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String digits = m.group(1) + m.group(2);
            boolean personId = PersonId.isValid(digits, PersonId.Kind.PERSONNUMMER)
                    || PersonId.isValid(digits, PersonId.Kind.SAMORDNINGSNUMMER);
            m.appendReplacement(out, Matcher.quoteReplacement(personId ? m.group(1) + "-****" : m.group()));
        }
        return m.appendTail(out).toString();
    }
}
