package se.listning.domain.rules;

import java.time.LocalDate;
import se.listning.domain.identity.PersonId;
import se.listning.domain.model.Doctor;
import se.listning.domain.model.ListingType;

/**
 * An age range in whole years, both ends inclusive; null ends are open. Used per listing type
 * (ERROR_AGE_LIMIT) and per doctor (who may only take patients of some ages).
 */
public record AgeRule(Integer minAge, Integer maxAge) {

    public static AgeRule of(ListingType type) {
        return new AgeRule(type.minAge(), type.maxAge());
    }

    public static AgeRule of(Doctor doctor) {
        return new AgeRule(doctor.minAge(), doctor.maxAge());
    }

    public boolean allows(int age) {
        return (minAge == null || age >= minAge) && (maxAge == null || age <= maxAge);
    }

    public boolean allows(PersonId person, LocalDate today) {
        return allows(person.ageOn(today));
    }

    /** Swedish phrase completing "gäller bara personer ..." / "tar bara emot patienter ...". */
    public String describe() {
        if (minAge != null && maxAge != null) {
            return "som är mellan " + minAge + " och " + maxAge + " år";
        }
        if (minAge != null) {
            return "som har fyllt " + minAge + " år";
        }
        if (maxAge != null) {
            return "som är högst " + maxAge + " år";
        }
        return "i alla åldrar";
    }
}
