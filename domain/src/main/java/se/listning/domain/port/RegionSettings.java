package se.listning.domain.port;

import java.util.Set;
import se.listning.domain.identity.CountyCode;
import se.listning.domain.model.ListingReason;

/**
 * A region's rule settings. Relisting caps are per listing type ({@code ListingType.maxRelistings});
 * here: the window, which start reasons count, whether organisation actors may use CreateListing,
 * how long a first guardian's request waits for the second, and the queue-estimate window.
 */
public record RegionSettings(
        CountyCode county,
        int relistingWindowMonths,
        Set<ListingReason> countedReasons,
        boolean organisationActorsMayCreate,
        int guardianConsentWindowDays,
        int queueOutflowWindowDays) {

    public static RegionSettings defaults(CountyCode county) {
        return new RegionSettings(county, 12,
                Set.of(ListingReason.ACTIVE_CHOICE, ListingReason.STAFF_REGISTRATION, ListingReason.LISTED_IN_OTHER_REGION),
                false, 30, 365);
    }
}
