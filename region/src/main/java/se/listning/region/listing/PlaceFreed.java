package se.listning.region.listing;

import se.listning.domain.identity.HsaId;
import se.listning.domain.identity.ListingTypeCode;

/** A listing at one of our facilities ended: after commit the queue there may move. */
public record PlaceFreed(HsaId facility, ListingTypeCode type) {
}
