package se.listning.domain.port;

import java.util.Optional;
import se.listning.domain.identity.CountyCode;
import se.listning.domain.identity.PersonId;
import se.listning.domain.model.Person;

/** Persons this region knows. */
public interface PersonStore {

    Optional<Person> find(PersonId id);

    /**
     * Locks the person for the rest of the transaction (row lock): every change to a person's
     * listings, queue places and relisting count happens under this lock, so concurrent requests for
     * one person are serialised. Empty when unknown.
     */
    Optional<Person> lock(PersonId id);

    /**
     * Locks a person from another region, registering them as a visitor first when unknown (they
     * come with a listing request naming their home county).
     */
    Person lockOrRegisterVisitor(PersonId id, CountyCode homeCounty);
}
