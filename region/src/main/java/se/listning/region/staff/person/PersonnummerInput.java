package se.listning.region.staff.person;

import java.time.LocalDate;
import java.util.Optional;
import se.listning.domain.identity.InvalidIdentifierException;
import se.listning.domain.identity.PersonId;

/**
 * Reads a personnummer as staff type it: 12 or 10 digits, with or without "-" (or "+" for a person
 * aged 100 or more in the 10-digit form), spaces ignored. Empty when it is not a valid number.
 */
public final class PersonnummerInput {

    private PersonnummerInput() {
    }

    public static Optional<PersonId> parse(String typed, LocalDate today) {
        if (typed == null) {
            return Optional.empty();
        }
        String s = typed.replace(" ", "").trim();
        boolean hundred = s.length() == 11 && s.charAt(6) == '+';
        String digits = s.length() == 13 && s.charAt(8) == '-' || s.length() == 11 && (s.charAt(6) == '-' || hundred)
                ? s.substring(0, s.length() - 5) + s.substring(s.length() - 4) : s;
        if (!digits.chars().allMatch(Character::isDigit) || digits.length() != 10 && digits.length() != 12) {
            return Optional.empty();
        }
        if (digits.length() == 10) {
            int yy = Integer.parseInt(digits.substring(0, 2));
            int year = today.getYear() - Math.floorMod(today.getYear() - yy, 100);
            String twelve = year + digits.substring(2);
            if (!birthNotAfter(twelve, today)) {
                year -= 100;
            }
            digits = (hundred ? year - 100 : year) + digits.substring(2);
        }
        try {
            return Optional.of(PersonId.parse(digits));
        } catch (InvalidIdentifierException e) {
            return Optional.empty();
        }
    }

    private static boolean birthNotAfter(String twelve, LocalDate today) {
        try {
            return !PersonId.parse(twelve).birthDate().isAfter(today);
        } catch (RuntimeException invalid) {
            return true; // let the final parse report it
        }
    }
}
