package se.listning.domain.port;

import java.time.LocalDateTime;
import java.util.Optional;
import se.listning.domain.identity.HsaId;
import se.listning.domain.identity.ListingTypeCode;
import se.listning.domain.identity.PersonId;

/** Pending guardian requests for a child: the change happens when every guardian has asked for it. */
public interface GuardianConsentStore {

    record PendingRequest(long id, PersonId child, PersonId guardian, HsaId facility, ListingTypeCode type,
                          LocalDateTime requestedAt) {
    }

    /** Open requests for this child, facility and type made after {@code since}. */
    java.util.List<PendingRequest> pending(PersonId child, HsaId facility, ListingTypeCode type, LocalDateTime since);

    void recordRequest(PersonId child, PersonId guardian, HsaId facility, ListingTypeCode type, LocalDateTime at);

    /** Marks every open request for this child and type as fulfilled. */
    void complete(PersonId child, ListingTypeCode type, LocalDateTime at);

    default Optional<PendingRequest> latest(PersonId child, HsaId facility, ListingTypeCode type, LocalDateTime since) {
        return pending(child, facility, type, since).stream().reduce((a, b) -> b);
    }
}
