package se.listning.region.soap;

import java.util.regex.Pattern;

/**
 * Technical logs must never show a full personnummer. Text we do not control (exception messages from
 * the database, the XML parser or the schema validator) may echo request values, so it passes through
 * here before it is logged: every run of 10 to 12 digits keeps its first 8 characters at most.
 */
public final class PersonIdScrubber {

    private static final Pattern DIGIT_RUNS = Pattern.compile("(?<!\\d)(\\d{6,8})[-+]?(\\d{4})(?!\\d)");

    private PersonIdScrubber() {
    }

    public static String scrub(String text) {
        if (text == null) {
            return null;
        }
        return DIGIT_RUNS.matcher(text).replaceAll("$1-****");
    }
}
