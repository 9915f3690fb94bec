package se.listning.region.staff.audit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import se.listning.domain.identity.InvalidIdentifierException;
import se.listning.domain.identity.PersonId;

/**
 * The audit viewer's search form as typed (all text, bound from the query string), turned into an
 * {@link AuditFilter} with Swedish messages for what cannot be understood.
 */
public record AuditSearch(String person, String user, String action, String channel, String from, String to,
                          String unit) {

    /** The filter, or the problems (then nothing is searched). */
    public sealed interface Result permits Valid, Invalid {
    }

    public record Valid(AuditFilter filter) implements Result {
    }

    public record Invalid(List<String> errors) implements Result {
    }

    public Result toFilter() {
        List<String> errors = new ArrayList<>();
        PersonId personId = null;
        if (blank(person) != null) {
            String digits = person.strip().replace("-", "").replace(" ", "");
            try {
                personId = PersonId.parse(digits);
            } catch (InvalidIdentifierException e) {
                errors.add("Personnumret är inte giltigt: ange 12 siffror (ÅÅÅÅMMDD-NNNN).");
            }
        }
        LocalDate fromDate = date(from, "Från-datum", errors);
        LocalDate toDate = date(to, "Till-datum", errors);
        if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
            errors.add("Från-datum ligger efter till-datum.");
        }
        if (!errors.isEmpty()) {
            return new Invalid(errors);
        }
        return new Valid(new AuditFilter(personId, blank(user), upper(blank(action)), blank(channel), fromDate, toDate,
                blank(unit)));
    }

    private static LocalDate date(String text, String name, List<String> errors) {
        if (blank(text) == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.add(name + " ska skrivas ÅÅÅÅ-MM-DD.");
            return null;
        }
    }

    private static String upper(String text) {
        return text == null ? null : text.toUpperCase(java.util.Locale.ROOT);
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
