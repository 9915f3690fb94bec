package se.listning.region.population;

import java.time.LocalDate;
import java.util.List;
import se.listning.domain.identity.CountyCode;
import se.listning.domain.identity.PersonId;

/**
 * One parsed change line of a feed. {@code line} is the 1-based line number in the file; {@code person}
 * is the person the change is about (for ID_REPLACED the old id).
 */
public sealed interface FeedChange {

    int line();

    PersonId person();

    ChangeType type();

    /** Name and address as the register gives them; held for staff only. */
    record Address(String municipality, String street, String postalCode, String city) {
    }

    record Names(String given, String family) {
    }

    record NewResident(int line, PersonId person, Names names, Address address, List<PersonId> guardians)
            implements FeedChange {
        public ChangeType type() {
            return ChangeType.NEW_RESIDENT;
        }
    }

    record MovedWithin(int line, PersonId person, Address address) implements FeedChange {
        public ChangeType type() {
            return ChangeType.MOVED_WITHIN;
        }
    }

    record MovedOut(int line, PersonId person, CountyCode toCounty) implements FeedChange {
        public ChangeType type() {
            return ChangeType.MOVED_OUT;
        }
    }

    record MovedIn(int line, PersonId person, CountyCode fromCounty, Names names, Address address,
                   List<PersonId> guardians) implements FeedChange {
        public ChangeType type() {
            return ChangeType.MOVED_IN;
        }
    }

    record Deceased(int line, PersonId person, LocalDate date) implements FeedChange {
        public ChangeType type() {
            return ChangeType.DECEASED;
        }
    }

    record ProtectedIdentity(int line, PersonId person, boolean on) implements FeedChange {
        public ChangeType type() {
            return ChangeType.PROTECTED_IDENTITY;
        }
    }

    record Guardians(int line, PersonId person, List<PersonId> guardians) implements FeedChange {
        public ChangeType type() {
            return ChangeType.GUARDIANS;
        }
    }

    record IdReplaced(int line, PersonId person, PersonId newId) implements FeedChange {
        public ChangeType type() {
            return ChangeType.ID_REPLACED;
        }
    }
}
