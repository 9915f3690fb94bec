package se.listning.region.staff.audit;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Keyset position in the log (newest first): the next page holds entries strictly before
 * {@code (at, id)}. Written in links as {@code <ISO time>_<id>}.
 */
public record AuditCursor(LocalDateTime at, long id) {

    public String token() {
        return at + "_" + id;
    }

    /** The cursor in a link, or empty when absent or tampered with (then the first page is shown). */
    public static Optional<AuditCursor> parse(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        int split = token.lastIndexOf('_');
        try {
            return Optional.of(new AuditCursor(LocalDateTime.parse(token.substring(0, split)),
                    Long.parseLong(token.substring(split + 1))));
        } catch (DateTimeParseException | NumberFormatException | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }
}
