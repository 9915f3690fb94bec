package se.listning.domain.model;

import java.time.LocalDateTime;
import se.listning.domain.identity.CountyCode;
import se.listning.domain.identity.HsaId;
import se.listning.domain.identity.ListingTypeCode;
import se.listning.domain.identity.PersonId;

/**
 * An active listing. {@code facility} is null when the home region records that the resident is
 * listed in another region ({@code listingCounty} ≠ own county). {@code validTo} is a known future
 * end, or null.
 */
public record Listing(
        long id,
        PersonId person,
        ListingTypeCode listingType,
        HsaId facility,
        CountyCode listingCounty,
        HsaId doctor,
        LocalDateTime validFrom,
        LocalDateTime validTo,
        ListingReason startReason) {

    public boolean isElsewhere() {
        return facility == null;
    }
}
