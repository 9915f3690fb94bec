package se.listning.domain.usecase;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import se.listning.domain.identity.Actor;
import se.listning.domain.identity.CountyCode;
import se.listning.domain.identity.HsaId;
import se.listning.domain.identity.ListingTypeCode;
import se.listning.domain.model.Listing;
import se.listning.domain.model.ListingReason;
import se.listning.domain.model.ListingType;
import se.listning.domain.model.NewListing;
import se.listning.domain.model.Person;
import se.listning.domain.model.QueuePlace;
import se.listning.domain.port.Ports;
import se.listning.domain.port.RegionSettings;
import se.listning.domain.rules.RelistingPolicy;

/**
 * Starts a listing at one of this region's facilities, shared by CreateListing and the queue:
 * ends the previous active listing of the type (RELISTED), leaves every queue place of the type,
 * starts the new listing, counts the relisting when it counts, and tells other regions
 * (a visitor's home region; the region of a resident's ended cross-county listing). Runs under the
 * person lock and the facility lock.
 */
final class ListingActivation {

    /** Queue leave reason for a place that became this listing. */
    static final String PROMOTED = "PROMOTED";
    /** Queue leave reason for places dropped because the person was listed somewhere else. */
    static final String LISTED_ELSEWHERE = "LISTED_ELSEWHERE";

    record Start(Person person, CountyCode homeCounty, ListingType type, HsaId facility, HsaId doctor,
                 ListingReason reason, String source, Actor actor, boolean countsAsRelisting) {
    }

    private final Ports ports;
    private final RegionSettings settings;
    private final RelistingPolicy relistings;

    ListingActivation(Ports ports, RegionSettings settings, RelistingPolicy relistings) {
        this.ports = ports;
        this.settings = settings;
        this.relistings = relistings;
    }

    Listing start(Start s, LocalDateTime now) {
        CountyCode own = settings.county();
        ListingTypeCode type = s.type().code();
        for (Listing previous : activeOfType(s.person(), type)) {
            ports.listings().end(previous.id(), now, ListingReason.RELISTED);
            if (previous.isElsewhere() && !previous.listingCounty().equals(own)) {
                // Our resident lists back home: the region of the cross-county listing must end it.
                ports.notifier().notifyUpdateListing(previous.listingCounty(), s.person().id(), own, own,
                        sharedType(type));
            }
        }
        for (QueuePlace place : queuePlacesOfType(s.person(), type)) {
            boolean promoted = place.facility().equals(s.facility());
            ports.queues().leave(place.id(), now, promoted ? PROMOTED : LISTED_ELSEWHERE);
        }
        Listing started = ports.listings().start(new NewListing(s.person().id(), type, s.facility(), own,
                s.doctor(), now, s.reason(), s.source(), s.actor()));
        if (s.countsAsRelisting()) {
            relistings.record(s.person().id(), s.type(), now, s.source());
        }
        if (!s.homeCounty().equals(own)) {
            ports.notifier().notifyUpdateListing(s.homeCounty(), s.person().id(), own, s.homeCounty(),
                    sharedType(type));
        }
        return started;
    }

    List<Listing> activeOfType(Person person, ListingTypeCode type) {
        return ports.listings().active(person.id()).stream().filter(l -> l.listingType().equals(type)).toList();
    }

    List<QueuePlace> queuePlacesOfType(Person person, ListingTypeCode type) {
        return ports.queues().active(person.id()).stream().filter(q -> q.listingType().equals(type)).toList();
    }

    /** UpdateListing carries a listing type only for jointly agreed (non-national) types. */
    static Optional<ListingTypeCode> sharedType(ListingTypeCode type) {
        return type.equals(ListingTypeCode.PV) ? Optional.empty() : Optional.of(type);
    }
}
