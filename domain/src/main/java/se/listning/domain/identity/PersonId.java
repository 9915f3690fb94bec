package se.listning.domain.identity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * A Swedish personal identity number (personnummer) or coordination number (samordningsnummer),
 * always 12 digits with century and no hyphen, as the carelisting contracts carry it.
 * A samordningsnummer has 60 added to the day of birth.
 */
public record PersonId(String value, Kind kind) {

    public static final String PERSONNUMMER_OID = "1.2.752.129.2.1.3.1";
    public static final String SAMORDNINGSNUMMER_OID = "1.2.752.129.2.1.3.3";

    public enum Kind {
        PERSONNUMMER(PERSONNUMMER_OID), SAMORDNINGSNUMMER(SAMORDNINGSNUMMER_OID);

        private final String oid;

        Kind(String oid) {
            this.oid = oid;
        }

        public String oid() {
            return oid;
        }
    }

    public PersonId {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(kind, "kind");
        String problem = problemWith(value, kind);
        if (problem != null) {
            throw new InvalidIdentifierException(problem);
        }
    }

    /** Parses an identifier as it arrives in an IIType: root OID and 12-digit extension. */
    public static PersonId of(String root, String extension) {
        if (root == null || root.isBlank()) {
            throw new InvalidIdentifierException("Personidentitetens root saknas.");
        }
        Kind kind = switch (root.trim()) {
            case PERSONNUMMER_OID -> Kind.PERSONNUMMER;
            case SAMORDNINGSNUMMER_OID -> Kind.SAMORDNINGSNUMMER;
            default -> throw new InvalidIdentifierException(
                    "Okänd typ av personidentitet (root " + root.trim() + "); förväntade "
                            + PERSONNUMMER_OID + " eller " + SAMORDNINGSNUMMER_OID + ".");
        };
        if (extension == null || extension.isBlank()) {
            throw new InvalidIdentifierException("Personidentitetens nummer (extension) saknas.");
        }
        return new PersonId(extension.trim(), kind);
    }

    /** Parses 12 digits, deciding the kind from the day of birth (day + 60 = samordningsnummer). */
    public static PersonId parse(String twelveDigits) {
        Objects.requireNonNull(twelveDigits, "twelveDigits");
        String v = twelveDigits.trim();
        if (v.length() == 12 && v.chars().allMatch(Character::isDigit)
                && Integer.parseInt(v.substring(6, 8)) > 60) {
            return new PersonId(v, Kind.SAMORDNINGSNUMMER);
        }
        return new PersonId(v, Kind.PERSONNUMMER);
    }

    public static boolean isValid(String twelveDigits, Kind kind) {
        return twelveDigits != null && problemWith(twelveDigits, kind) == null;
    }

    public String root() {
        return kind.oid();
    }

    public LocalDate birthDate() {
        int day = Integer.parseInt(value.substring(6, 8));
        if (kind == Kind.SAMORDNINGSNUMMER) {
            day -= 60;
        }
        return LocalDate.of(Integer.parseInt(value.substring(0, 4)), Integer.parseInt(value.substring(4, 6)), day);
    }

    public int ageOn(LocalDate date) {
        return Period.between(birthDate(), date).getYears();
    }

    /** For technical logs: never the full number in clear text. */
    public String masked() {
        return value.substring(0, 8) + "-****";
    }

    @Override
    public String toString() {
        return masked();
    }

    private static String problemWith(String v, Kind kind) {
        if (v.length() != 12 || !v.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return "Personidentiteten ska vara 12 siffror utan bindestreck (ÅÅÅÅMMDDNNNN).";
        }
        int day = Integer.parseInt(v.substring(6, 8));
        if (kind == Kind.SAMORDNINGSNUMMER) {
            if (day <= 60) {
                return "Ett samordningsnummer har födelsedagen plus 60.";
            }
            day -= 60;
        }
        try {
            LocalDate.of(Integer.parseInt(v.substring(0, 4)), Integer.parseInt(v.substring(4, 6)), day);
        } catch (DateTimeException e) {
            return "Personidentiteten innehåller inget giltigt födelsedatum.";
        }
        if (!luhnValid(v.substring(2))) {
            return "Personidentitetens kontrollsiffra stämmer inte.";
        }
        return null;
    }

    /** Luhn check over the ten digits YYMMDDNNNC. */
    static boolean luhnValid(String tenDigits) {
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            int d = tenDigits.charAt(i) - '0';
            if (i % 2 == 0) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return sum % 10 == 0;
    }

    /** The check digit for nine digits YYMMDDNNN, for generating synthetic persons. */
    public static int checkDigit(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            int d = nineDigits.charAt(i) - '0';
            if (i % 2 == 0) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return (10 - sum % 10) % 10;
    }
}
