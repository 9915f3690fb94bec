package se.listning.region.staff.doctors;

import java.time.LocalDate;

/**
 * A doctor as the staff tool shows and edits them ("Uppgifter läkare"). {@code effectiveActive}: active and
 * today within [startDate, endDate], i.e. offered as fast läkarkontakt; {@code listed}: active listings.
 */
public record DoctorDetail(String hsaId, String facilityHsaId, String name, String title, boolean active,
                           boolean effectiveActive, Integer maxPatients, Integer minAge, Integer maxAge,
                           Integer preferredMinAge, Integer preferredMaxAge, LocalDate startDate, LocalDate endDate,
                           Integer workPercent, String role, String specialisation, int listed) {

    /** Free places to the cap; null without a cap. */
    public Integer free() {
        return maxPatients == null ? null : Math.max(0, maxPatients - listed);
    }

    /** The doctor as offered in a select: name, free places, inactive. */
    public String choiceLabel() {
        return name + (maxPatients == null ? " (inget tak)" : " (" + free() + " lediga)") + (effectiveActive ? "" : " – inaktiv");
    }
}
