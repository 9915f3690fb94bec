package se.listning.domain.rules;

import java.util.Optional;
import java.util.function.IntSupplier;
import se.listning.domain.api.Outcome;
import se.listning.domain.model.Doctor;
import se.listning.domain.model.Facility;

/**
 * Validates a chosen fast läkarkontakt: the facility offers the choice, the doctor is active at that
 * facility, the person's age is in the doctor's range and the doctor's patient cap is not reached.
 * The patient count is read under the facility lock, so its supplier is called last.
 */
public final class DoctorChoice {

    private DoctorChoice() {
    }

    public static Optional<Outcome> refusal(Facility facility, Optional<Doctor> doctor, int personAge,
                                            IntSupplier listedWithDoctor) {
        if (!facility.supportsHealthcarePersonnel()) {
            return Optional.of(ListingRule.DOCTOR_CHOICE_NOT_OFFERED.outcome(facility.name()));
        }
        if (doctor.isEmpty() || !doctor.get().active() || !facility.id().equals(doctor.get().facility())) {
            return Optional.of(ListingRule.DOCTOR_NOT_CHOOSABLE.outcome(facility.name()));
        }
        Doctor d = doctor.get();
        AgeRule age = AgeRule.of(d);
        if (!age.allows(personAge)) {
            return Optional.of(ListingRule.DOCTOR_AGE_LIMIT.outcome(d.name(), age.describe()));
        }
        if (d.maxPatients() != null && listedWithDoctor.getAsInt() >= d.maxPatients()) {
            return Optional.of(ListingRule.DOCTOR_FULL.outcome(d.name()));
        }
        return Optional.empty();
    }
}
