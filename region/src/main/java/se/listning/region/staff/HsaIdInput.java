package se.listning.region.staff;

import java.util.Optional;
import java.util.regex.Pattern;
import se.listning.domain.identity.HsaId;

/**
 * An HSA-id typed by staff: country code, the organisation number and a suffix ("SE2321000016-ABC1").
 * Stricter than the contracts' {@link HsaId}, which takes any text a caller sends.
 */
public final class HsaIdInput {

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z]{2}[0-9]{10}-[A-Za-z0-9-]{1,30}");

    private HsaIdInput() {
    }

    /** The HSA-id, or empty when {@code text} does not have the form. */
    public static Optional<HsaId> parse(String text) {
        String trimmed = text == null ? "" : text.strip();
        return FORMAT.matcher(trimmed).matches() ? Optional.of(HsaId.of(trimmed)) : Optional.empty();
    }

    /** The message for a value that is not an HSA-id. */
    public static String invalid(String text) {
        return "\"" + text.strip() + "\" är inget HSA-id (t.ex. SE2321000016-ABC1).";
    }
}
