package se.listning.region.staff.upload;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import se.listning.domain.identity.PersonId;
import se.listning.region.staff.CsvCells;

/**
 * Checks one CSV record on its own (no database): column count, formula injection, field length,
 * personnummer and date; normalises the values for the set-based checks in the database.
 * Plain Java, no Spring.
 */
public final class RowCheck {

    public static final int MAX_FIELD_LENGTH = 64;
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    /**
     * A checked row.
     *
     * @param raw      the fields as uploaded (personnummer, unit, doctor, date; extra fields joined to the last with ;)
     * @param personId 12 digits, null when invalid
     * @param message  the refusal, null when the row passed these checks
     */
    public record Row(long lineNo, String[] raw, String personId, String unit, String doctor, LocalDate date,
                      String message) {
    }

    private final LocalDate today;

    public RowCheck(LocalDate today) {
        this.today = today;
    }

    public Row check(CsvUploadParser.Record record) {
        String[] raw = raw(record.fields());
        String message = problem(record);
        String person = normalisePerson(record.fields().get(0));
        if (message == null && person == null) {
            message = UploadMessage.INVALID_PERSON;
        }
        LocalDate date = null;
        if (message == null && record.fieldCount() == 4 && !record.fields().get(3).isBlank()) {
            try {
                date = LocalDate.parse(record.fields().get(3).trim(), ISO_DATE);
                if (date.isAfter(today)) {
                    message = UploadMessage.FUTURE_DATE;
                }
            } catch (DateTimeParseException e) {
                message = UploadMessage.INVALID_DATE;
            }
        }
        return new Row(record.lineNo(), raw, person, hsa(record.fields(), 1), hsa(record.fields(), 2), date, message);
    }

    private static String problem(CsvUploadParser.Record record) {
        for (String field : record.fields()) {
            if (CsvCells.isFormula(field)) {
                return UploadMessage.FORMULA;
            }
        }
        if (record.fieldCount() < 3 || record.fieldCount() > 4) {
            return UploadMessage.WRONG_COLUMNS;
        }
        for (String field : record.fields()) {
            if (field.trim().length() > MAX_FIELD_LENGTH) {
                return UploadMessage.TOO_LONG;
            }
        }
        return null;
    }

    /**
     * 12 digits for a valid personnummer or samordningsnummer written as ÅÅÅÅMMDDNNNN, ÅÅÅÅMMDD-NNNN,
     * ÅÅMMDD-NNNN, ÅÅMMDD+NNNN (100 years or older) or ÅÅMMDDNNNN; else null.
     */
    String normalisePerson(String field) {
        String v = field.trim();
        boolean hundred = false;
        if (v.length() == 11 || v.length() == 13) {
            char sep = v.charAt(v.length() - 5);
            if (sep != '-' && sep != '+') {
                return null;
            }
            hundred = sep == '+';
            v = v.substring(0, v.length() - 5) + v.substring(v.length() - 4);
            if (hundred && v.length() == 12) {
                return null;
            }
        }
        if (!v.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        if (v.length() == 10) {
            v = century(v, hundred) + v;
        }
        if (v.length() != 12) {
            return null;
        }
        try {
            PersonId id = PersonId.parse(v);
            return id.birthDate().isAfter(today) ? null : id.value();
        } catch (RuntimeException invalid) {
            return null;
        }
    }

    private String century(String ten, boolean hundred) {
        int yy = Integer.parseInt(ten.substring(0, 2));
        int year = today.getYear() - today.getYear() % 100 + yy;
        if (year > today.getYear()) {
            year -= 100;
        }
        if (hundred) {
            year -= 100;
        }
        return String.valueOf(year / 100);
    }

    private static String hsa(List<String> fields, int index) {
        return fields.size() > index ? fields.get(index).trim().toUpperCase(Locale.ROOT) : null;
    }

    private static String[] raw(List<String> fields) {
        String[] raw = new String[4];
        for (int i = 0; i < 4 && i < fields.size(); i++) {
            raw[i] = fields.get(i);
        }
        if (fields.size() > 4) {
            raw[3] = String.join(";", fields.subList(3, fields.size()));
        }
        return raw;
    }
}
