package se.listning.region.staff.units;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The settings form as posted: cap as typed (blank = no cap), queue, choosable doctors, and the listing types
 * offered as {@code code|codeSystem} keys. {@link #cap()} parses and validates.
 */
public record UnitSettingsForm(String cap, boolean offersQueue, boolean supportsPersonnel, List<String> types) {

    /** A refusal in Swedish for the form's error summary. */
    public static final class Invalid extends RuntimeException {
        public Invalid(String message) {
            super(message);
        }
    }

    public UnitSettingsForm {
        types = types == null ? List.of() : List.copyOf(types);
    }

    /** The cap, null = no cap; refuses anything but a whole number 0 or more. */
    public Integer parsedCap() {
        String text = cap == null ? "" : cap.strip().replace(" ", "");
        if (text.isEmpty()) {
            return null;
        }
        if (!text.matches("[0-9]{1,7}")) {
            throw new Invalid("Tak för antal listade måste vara ett heltal, 0 eller större (lämna tomt för inget tak).");
        }
        return Integer.valueOf(text);
    }

    public Set<String> typeKeys() {
        return new LinkedHashSet<>(types);
    }
}
