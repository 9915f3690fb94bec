package se.listning.domain.usecase;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.listning.domain.api.Outcome;
import se.listning.domain.api.UpdateListingCommand;
import se.listning.domain.identity.CountyCode;
import se.listning.domain.identity.ListingTypeCode;
import se.listning.domain.model.Listing;
import se.listning.domain.model.ListingReason;
import se.listning.domain.model.ListingType;
import se.listning.domain.model.NewListing;
import se.listning.domain.model.Person;
import se.listning.domain.model.QueuePlace;
import se.listning.domain.port.Ports;
import se.listning.domain.port.RegionSettings;
import se.listning.domain.rules.ListingRule;
import se.listning.domain.rules.RelistingPolicy;

/**
 * UpdateListing received from another region (spec 3.7, 5.15, 6.2). This region is either the
 * person's home region (homeCounty = own) or a previous listing region. Repeats of the same notice are
 * answered OK and change and count nothing. No passive listing is done when a cross-county listing
 * ends: the resident is simply unlisted until he chooses (or the region's own processes assign) a unit.
 */
public final class UpdateListingUseCase {

    static final String SOURCE = "UpdateListing";

    private final Ports ports;
    private final RegionSettings settings;
    private final Clock clock;
    private final RelistingPolicy relistings;

    public UpdateListingUseCase(Ports ports, RegionSettings settings, Clock clock) {
        this.ports = ports;
        this.settings = settings;
        this.clock = clock;
        this.relistings = new RelistingPolicy(ports.relistings(), settings);
    }

    public Outcome execute(UpdateListingCommand cmd) {
        CountyCode own = settings.county();
        Optional<ListingType> type = cmd.listingType().isPresent()
                ? ports.listingTypes().find(cmd.listingType().get())
                : Optional.of(nationalType());
        if (type.isEmpty()) {
            return ListingRule.UPDATE_UNKNOWN_LISTING_TYPE.outcome(cmd.listingType().get().code(), own.regionName());
        }
        // The person lock comes first and the clock after it, so a call that waited for the lock
        // never stamps history earlier than the call it waited for.
        Optional<Person> person = ports.persons().lock(cmd.person());
        LocalDateTime now = LocalDateTime.now(clock);
        if (cmd.homeCounty().equals(own)) {
            return cmd.newListingCounty().equals(own)
                    ? crossCountyEnded(cmd, person, type.get(), now)
                    : listedInOtherRegion(cmd, person, type.get(), now);
        }
        return listedElsewhereByVisitor(cmd, person, type.get(), now);
    }

    /** We are home: our resident listed in another region. */
    private Outcome listedInOtherRegion(UpdateListingCommand cmd, Optional<Person> person, ListingType type,
                                        LocalDateTime now) {
        CountyCode own = settings.county();
        CountyCode listingCounty = cmd.newListingCounty();
        if (person.filter(Person::resident).isEmpty()) {
            return ListingRule.UPDATE_UNKNOWN_RESIDENT.outcome(own.regionName());
        }
        List<Listing> active = activeOfType(cmd, type.code());
        if (active.stream().anyMatch(l -> l.isElsewhere() && l.listingCounty().equals(listingCounty))) {
            return ListingRule.CROSS_COUNTY_ALREADY_RECORDED.outcome(listingCounty);
        }
        boolean counts = relistings.counts(ListingReason.LISTED_IN_OTHER_REGION, false, !active.isEmpty());
        if (counts && !relistings.allowsAnother(cmd.person(), type, now)) {
            return ListingRule.UPDATE_RELISTING_CAP_REACHED.outcome(relistings.cap(cmd.person(), type, now),
                    relistings.windowMonths());
        }
        Optional<CountyCode> previousRegion = Optional.empty();
        for (Listing listing : active) {
            ports.listings().end(listing.id(), now, ListingReason.RELISTED);
            if (listing.isElsewhere() && !listing.listingCounty().equals(own)) {
                previousRegion = Optional.of(listing.listingCounty());
            }
        }
        leaveQueues(cmd, type.code(), now);
        ports.listings().start(new NewListing(cmd.person(), type.code(), null, listingCounty, null, now,
                ListingReason.LISTED_IN_OTHER_REGION, SOURCE, null));
        if (counts) {
            relistings.record(cmd.person(), type, now, SOURCE);
        }
        previousRegion.ifPresent(c -> ports.notifier().notifyUpdateListing(c, cmd.person(), listingCounty, own,
                cmd.listingType()));
        return ListingRule.CROSS_COUNTY_RECORDED.outcome(listingCounty);
    }

    /** We are home and newListingCounty is ours: the cross-county listing has ended (flow 13). */
    private Outcome crossCountyEnded(UpdateListingCommand cmd, Optional<Person> person, ListingType type,
                                     LocalDateTime now) {
        if (person.isEmpty()) {
            return ListingRule.NOTHING_TO_UPDATE.outcome();
        }
        List<Listing> elsewhere = activeOfType(cmd, type.code()).stream().filter(Listing::isElsewhere).toList();
        if (elsewhere.isEmpty()) {
            return ListingRule.NOTHING_TO_UPDATE.outcome();
        }
        elsewhere.forEach(l -> ports.listings().end(l.id(), now, ListingReason.CROSS_COUNTY_ENDED));
        return ListingRule.CROSS_COUNTY_ENDED.outcome();
    }

    /** We are not home: the person listed in another region, so the listing here ends; we send nothing. */
    private Outcome listedElsewhereByVisitor(UpdateListingCommand cmd, Optional<Person> person, ListingType type,
                                             LocalDateTime now) {
        CountyCode own = settings.county();
        if (cmd.newListingCounty().equals(own) || person.isEmpty()) {
            return ListingRule.NOTHING_TO_UPDATE.outcome();
        }
        List<Listing> here = activeOfType(cmd, type.code()).stream().filter(l -> !l.isElsewhere()).toList();
        here.forEach(l -> ports.listings().end(l.id(), now, ListingReason.RELISTED));
        int leftQueues = leaveQueues(cmd, type.code(), now);
        if (here.isEmpty() && leftQueues == 0) {
            return ListingRule.NOTHING_TO_UPDATE.outcome();
        }
        return ListingRule.LISTING_ENDED_LISTED_ELSEWHERE.outcome(own.regionName(), cmd.newListingCounty());
    }

    private List<Listing> activeOfType(UpdateListingCommand cmd, ListingTypeCode type) {
        return ports.listings().active(cmd.person()).stream().filter(l -> l.listingType().equals(type)).toList();
    }

    /** A listing elsewhere removes queue places of the type. */
    private int leaveQueues(UpdateListingCommand cmd, ListingTypeCode type, LocalDateTime now) {
        List<QueuePlace> places = ports.queues().active(cmd.person()).stream()
                .filter(q -> q.listingType().equals(type)).toList();
        places.forEach(q -> ports.queues().leave(q.id(), now, ListingActivation.LISTED_ELSEWHERE));
        return places.size();
    }

    private ListingType nationalType() {
        return ports.listingTypes().find(ListingTypeCode.PV).orElse(new ListingType(ListingTypeCode.PV,
                ListingTypeCode.PV_DISPLAY_NAME, ListingType.Scope.NATIONAL, null, null, 2, Set.of()));
    }
}
