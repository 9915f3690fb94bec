package se.listning.domain.port;

import java.util.Objects;

/** The ports the use cases need, bundled so that wiring stays readable. */
public record Ports(
        PersonStore persons,
        FacilityStore facilities,
        ListingTypeStore listingTypes,
        ListingStore listings,
        QueueStore queues,
        RelistingLedger relistings,
        GuardianConsentStore guardianConsents,
        CrossCountyNotifier notifier) {

    public Ports {
        Objects.requireNonNull(persons, "persons");
        Objects.requireNonNull(facilities, "facilities");
        Objects.requireNonNull(listingTypes, "listingTypes");
        Objects.requireNonNull(listings, "listings");
        Objects.requireNonNull(queues, "queues");
        Objects.requireNonNull(relistings, "relistings");
        Objects.requireNonNull(guardianConsents, "guardianConsents");
        Objects.requireNonNull(notifier, "notifier");
    }
}
