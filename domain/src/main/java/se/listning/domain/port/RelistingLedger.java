package se.listning.domain.port;

import java.time.LocalDateTime;
import se.listning.domain.identity.ListingTypeCode;
import se.listning.domain.identity.PersonId;

/**
 * The home region's count of its residents' relistings and the extra changes staff granted.
 * Read and written under the person lock.
 */
public interface RelistingLedger {

    int countedSince(PersonId person, ListingTypeCode type, LocalDateTime since);

    int exemptionsSince(PersonId person, ListingTypeCode type, LocalDateTime since);

    void record(PersonId person, ListingTypeCode type, LocalDateTime at, String source);

    void grantExemption(PersonId person, ListingTypeCode type, LocalDateTime at, String grantedBy, String reason);
}
