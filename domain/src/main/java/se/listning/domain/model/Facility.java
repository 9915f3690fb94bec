package se.listning.domain.model;

import java.util.List;
import se.listning.domain.identity.HsaId;
import se.listning.domain.identity.ListingTypeCode;

/**
 * A listable unit (vårdcentral). {@code maxListed} null = no cap. {@code supportedListingTypes}
 * empty = PV only. A facility that is not {@code listable} is unknown to consumers.
 */
public record Facility(
        HsaId id,
        String name,
        boolean listable,
        Integer maxListed,
        boolean offersQueue,
        boolean supportsHealthcarePersonnel,
        List<ListingTypeCode> supportedListingTypes) {

    public Facility {
        supportedListingTypes = List.copyOf(supportedListingTypes);
    }

    public boolean supports(ListingTypeCode type) {
        return supportedListingTypes.isEmpty() ? type.equals(ListingTypeCode.PV) : supportedListingTypes.contains(type);
    }
}
