package se.listning.domain.model;

import java.time.LocalDateTime;
import se.listning.domain.identity.Actor;
import se.listning.domain.identity.CountyCode;
import se.listning.domain.identity.HsaId;
import se.listning.domain.identity.ListingTypeCode;
import se.listning.domain.identity.PersonId;

/** A listing to start; {@code source} names the channel (e.g. "CreateListing", "UpdateListing", "queue"). */
public record NewListing(
        PersonId person,
        ListingTypeCode listingType,
        HsaId facility,
        CountyCode listingCounty,
        HsaId doctor,
        LocalDateTime validFrom,
        ListingReason reason,
        String source,
        Actor actor) {
}
