package se.listning.region.staff.doctors;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** The editable fields of "Uppgifter läkare" as typed, and their validation into {@link Values}. */
public record DoctorForm(String maxPatients, String minAge, String maxAge, String preferredMinAge,
                         String preferredMaxAge, String startDate, String endDate, String workPercent, String role,
                         String specialisation) {

    /** Validated values; null = not given (no cap, no limit, tillsvidare). */
    public record Values(Integer maxPatients, Integer minAge, Integer maxAge, Integer preferredMinAge,
                         Integer preferredMaxAge, LocalDate startDate, LocalDate endDate, Integer workPercent,
                         String role, String specialisation) {
    }

    /** Either values or the Swedish errors (one per field in error). */
    public record Checked(Values values, List<String> errors) {
    }

    public static DoctorForm of(DoctorDetail d) {
        return new DoctorForm(text(d.maxPatients()), text(d.minAge()), text(d.maxAge()), text(d.preferredMinAge()),
                text(d.preferredMaxAge()), text(d.startDate()), text(d.endDate()), text(d.workPercent()), d.role(),
                d.specialisation());
    }

    public Checked check() {
        List<String> errors = new ArrayList<>();
        Integer cap = number(maxPatients, "Antal patienter tak", 0, 1_000_000, errors);
        Integer min = number(minAge, "Åldersbegränsning från", 0, 130, errors);
        Integer max = number(maxAge, "Åldersbegränsning till", 0, 130, errors);
        Integer prefMin = number(preferredMinAge, "Föredragen ålder från", 0, 130, errors);
        Integer prefMax = number(preferredMaxAge, "Föredragen ålder till", 0, 130, errors);
        Integer percent = number(workPercent, "Arbetsgrad", 1, 100, errors);
        LocalDate start = date(startDate, "Startdatum", errors);
        LocalDate end = date(endDate, "Slutdatum", errors);
        if (min != null && max != null && min > max) {
            errors.add("Åldersbegränsning: från-åldern får inte vara högre än till-åldern.");
        }
        if (prefMin != null && prefMax != null && prefMin > prefMax) {
            errors.add("Föredragen ålder: från-åldern får inte vara högre än till-åldern.");
        }
        if (start != null && end != null && end.isBefore(start)) {
            errors.add("Slutdatum får inte vara före startdatum.");
        }
        if (!errors.isEmpty()) {
            return new Checked(null, List.copyOf(errors));
        }
        return new Checked(new Values(cap, min, max, prefMin, prefMax, start, end, percent, blankToNull(role),
                blankToNull(specialisation)), List.of());
    }

    private static Integer number(String text, String label, int min, int max, List<String> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            int value = Integer.parseInt(text.trim());
            if (value < min || value > max) {
                errors.add(label + " måste vara mellan " + min + " och " + max + ".");
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            errors.add(label + " måste vara ett heltal.");
            return null;
        }
    }

    private static LocalDate date(String text, String label, List<String> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            errors.add(label + " måste vara ett datum som ÅÅÅÅ-MM-DD.");
            return null;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
