package se.listning.domain.model;

import java.util.List;
import se.listning.domain.identity.CountyCode;
import se.listning.domain.identity.PersonId;

/**
 * A person this region knows: its own residents (from the population register, {@code resident}
 * true) and visitors from other regions known only because they list here. Names and addresses are
 * not part of the listing model; protected identity must never leak them anyway.
 */
public record Person(
        PersonId id,
        CountyCode homeCounty,
        boolean resident,
        boolean protectedIdentity,
        boolean deceased,
        List<PersonId> guardians) {

    public Person {
        guardians = List.copyOf(guardians);
    }
}
