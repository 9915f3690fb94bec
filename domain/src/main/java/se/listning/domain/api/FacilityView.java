package se.listning.domain.api;

import java.util.List;
import se.listning.domain.identity.HsaId;

/**
 * A listable facility (HealthcareFacilityType 2.1). {@code supportedListingTypes} empty means PV only.
 * {@code queueLength} and {@code estimatedWaitDays} are set only when the cap is reached and a queue
 * is offered (then {@code hasQueue} is true); otherwise null.
 */
public record FacilityView(
        HsaId id,
        String name,
        boolean hasQueue,
        List<ListingTypeView> supportedListingTypes,
        boolean supportsHealthcarePersonnel,
        Integer queueLength,
        Integer estimatedWaitDays) {
}
