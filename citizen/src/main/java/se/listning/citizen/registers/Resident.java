package se.listning.citizen.registers;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import se.listning.domain.identity.CountyCode;
import se.listning.domain.identity.PersonId;

/** A registered person as the population register tells it; {@code children} are those in their custody. */
public record Resident(PersonId personId, String givenName, String familyName, CountyCode homeCounty,
                       String municipalityCode, boolean protectedIdentity, LocalDate birthDate,
                       List<Child> children) implements Serializable {

    public Resident {
        children = List.copyOf(children);
    }

    public String name() {
        return (givenName == null ? "" : givenName) + (familyName == null ? "" : " " + familyName);
    }

    /** A child in the resident's custody. */
    public record Child(PersonId personId, String givenName, String familyName, LocalDate birthDate)
            implements Serializable {
        public String name() {
            return (givenName == null ? "" : givenName) + (familyName == null ? "" : " " + familyName);
        }
    }
}
