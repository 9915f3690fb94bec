package se.listning.domain.port;

import java.util.List;
import se.listning.domain.identity.HsaId;
import se.listning.domain.identity.PersonId;

/** Who is listed or queued at one of our facilities, and closing it for new listings (flow 13). */
public interface FacilityRoster {

    /**
     * Makes the facility non-listable (it disappears from GetAvailableHealthcareFacilities, no new listing
     * or queue place can start there). Returns false when it already was non-listable.
     */
    boolean markNotListable(HsaId facility);

    /** Persons with an active listing at the facility (any listing type), in a stable order. */
    List<PersonId> listedAt(HsaId facility);

    /** Persons with an active queue place at the facility (any listing type), in a stable order. */
    List<PersonId> queuedAt(HsaId facility);
}
