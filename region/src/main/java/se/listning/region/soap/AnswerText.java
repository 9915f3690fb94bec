package se.listning.region.soap;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.listning.domain.identity.PersonId;

/**
 * Texts sent back to callers (faultstring, resultText) may quote request values through parser, validator or
 * rule messages: a valid personnummer in them is masked like {@link PersonId#masked()}, a text is cut at
 * {@value #MAX_CHARS} characters so that a huge request value is not echoed back whole, and a character that XML 1.0
 * cannot carry (a control character or lone surrogate quoted from the request) becomes U+FFFD, so that the answer
 * can always be written.
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
        return xmlCharacters(m.appendTail(out).toString());
    }

    /** U+FFFD for each character outside XML 1.0's Char production (found by SoapRequestJazzerTest). */
    private static String xmlCharacters(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(c == 0x9 || c == 0xA || c == 0xD
                || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000 ? c : 0xFFFD));
        return out.toString();
    }
}
