package se.listning.domain.model;

import java.time.LocalDateTime;
import se.listning.domain.identity.HsaId;
import se.listning.domain.identity.ListingTypeCode;
import se.listning.domain.identity.PersonId;

/** An active queue place at a full facility; order is first come, first served per facility and type. */
public record QueuePlace(
        long id,
        PersonId person,
        HsaId facility,
        ListingTypeCode listingType,
        HsaId doctor,
        LocalDateTime queuedAt) {
}
