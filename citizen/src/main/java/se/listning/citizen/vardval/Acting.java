package se.listning.citizen.vardval;

import java.io.Serializable;
import se.listning.citizen.platform.CarelistingPlatform.Actor;
import se.listning.citizen.registers.Resident;
import se.listning.domain.identity.CountyCode;
import se.listning.domain.identity.PersonId;

/**
 * Who is signed in and for whom they act: themself (actor CITIZEN) or a child in their custody (actor GUARDIAN,
 * with the child as the person). The person's home county comes from the population register.
 */
public record Acting(Resident signedIn, Resident person) implements Serializable {

    public static Acting self(Resident resident) {
        return new Acting(resident, resident);
    }

    public boolean forChild() {
        return !signedIn.personId().equals(person.personId());
    }

    public PersonId personId() {
        return person.personId();
    }

    public CountyCode homeCounty() {
        return person.homeCounty();
    }

    public Actor actor() {
        return new Actor(signedIn.personId(), forChild());
    }
}
