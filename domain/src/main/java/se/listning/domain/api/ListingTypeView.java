package se.listning.domain.api;

import se.listning.domain.identity.ListingTypeCode;

/** A listing type as shown to consumers: code, code system and the region's display name. */
public record ListingTypeView(ListingTypeCode code, String displayName) {
}
