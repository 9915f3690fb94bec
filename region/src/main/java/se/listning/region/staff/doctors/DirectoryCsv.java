package se.listning.region.staff.doctors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads a doctor directory file ({@code hsa_id;namn;titel;specialisering;enhet_hsa_id}, UTF-8, header line;
 * see docs/doctor-directory.md) and validates it whole: any error rejects the file, with line numbers.
 */
public final class DirectoryCsv {

    public static final String HEADER = "hsa_id;namn;titel;specialisering;enhet_hsa_id";
    private static final int MAX_ERRORS = 50;

    /** The file's entries when {@code errors} is empty. */
    public record Parsed(List<DoctorDirectory.Entry> entries, List<String> errors) {
    }

    private DirectoryCsv() {
    }

    /**
     * @param unit resolves a unit HSA-id in any case to its stored spelling; empty = unknown unit
     */
    public static Parsed parse(String content, Function<String, Optional<String>> unit) {
        List<String> errors = new ArrayList<>();
        List<DoctorDirectory.Entry> entries = new ArrayList<>();
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        String[] lines = text.split("\r?\n", -1);
        if (lines.length == 0 || !lines[0].trim().equalsIgnoreCase(HEADER)) {
            return new Parsed(List.of(), List.of("Rad 1: rubrikraden ska vara \"" + HEADER + "\"."));
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 1; i < lines.length && errors.size() < MAX_ERRORS; i++) {
            int lineNo = i + 1;
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split(";", -1);
            if (f.length != 5) {
                errors.add("Rad " + lineNo + ": raden ska ha 5 fält åtskilda med semikolon, har " + f.length + ".");
                continue;
            }
            String hsa = f[0].trim();
            String name = f[1].trim();
            String unitId = f[4].trim();
            if (!hsa.matches("[A-Za-z0-9-]{5,64}")) {
                errors.add("Rad " + lineNo + ": HSA-id \"" + hsa + "\" är inte giltigt.");
            }
            if (name.isEmpty()) {
                errors.add("Rad " + lineNo + ": namn saknas.");
            }
            Optional<String> stored = unitId.isEmpty() ? Optional.empty() : unit.apply(unitId);
            if (stored.isEmpty()) {
                errors.add("Rad " + lineNo + ": vårdcentralen \"" + unitId + "\" finns inte i regionen.");
            }
            Integer earlier = seen.putIfAbsent(hsa.toUpperCase(Locale.ROOT), lineNo);
            if (earlier != null) {
                errors.add("Rad " + lineNo + ": HSA-id " + hsa + " finns redan på rad " + earlier + ".");
            }
            if (stored.isPresent() && !name.isEmpty()) {
                entries.add(new DoctorDirectory.Entry(hsa, name, blank(f[2]), blank(f[3]), stored.get()));
            }
        }
        if (errors.isEmpty() && entries.isEmpty()) {
            errors.add("Filen innehåller inga läkare.");
        }
        return new Parsed(errors.isEmpty() ? List.copyOf(entries) : List.of(), List.copyOf(errors));
    }

    private static String blank(String field) {
        return field.isBlank() ? null : field.trim();
    }
}
