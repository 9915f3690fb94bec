package se.listning.domain.usecase;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import se.listning.domain.identity.CountyCode;
import se.listning.domain.identity.HsaId;
import se.listning.domain.identity.PersonId;
import se.listning.domain.model.Facility;
import se.listning.domain.model.Listing;
import se.listning.domain.model.ListingReason;
import se.listning.domain.model.Person;
import se.listning.domain.model.QueuePlace;
import se.listning.domain.port.FacilityRoster;
import se.listning.domain.port.Ports;
import se.listning.domain.port.RegionSettings;
import se.listning.domain.port.UnitOfWork;

/**
 * A unit closes or its care agreement ends (flow 13, spec 5.13). First the facility becomes non-listable
 * in a transaction of its own, so nothing new can start there; then every person queued or listed there is
 * handled in one transaction per person under the person lock (lock order person → facility is kept, and a
 * crash half-way is repaired by running the use case again: it only touches what is still active).
 * <ul>
 * <li>queue places there end ({@value #QUEUE_REASON});</li>
 * <li>listings there end with {@link ListingReason#UNIT_CLOSED};</li>
 * <li>a visitor's home region is told with UpdateListing, newListingCounty = homeCounty = the home county
 * ("the cross-county listing has ended, you are responsible again");</li>
 * <li>our own residents are just unlisted: the domain has no passive listing; the region's own processes
 * (staff, geographic assignment) decide what follows.</li>
 * </ul>
 */
public final class CloseFacilityUseCase {

    static final String QUEUE_REASON = "UNIT_CLOSED";

    /** What closing did; {@code found} false = no such facility (nothing done). */
    public record Result(boolean found, String facilityName, boolean closedNow, int listingsEnded,
                         int homeRegionsNotified, int queuePlacesEnded) {

        static Result unknown() {
            return new Result(false, null, false, 0, 0, 0);
        }
    }

    private record PersonResult(int listingsEnded, int notified, int queuePlacesEnded) {
    }

    /**
     * Told of each person whose listing or queue place at the unit ended, inside that person's transaction
     * (so an audit entry written here commits or rolls back with the change).
     */
    @FunctionalInterface
    public interface PersonAffected {
        PersonAffected NONE = (person, listingsEnded, queuePlacesEnded) -> { };

        void affected(PersonId person, int listingsEnded, int queuePlacesEnded);
    }

    private final Ports ports;
    private final RegionSettings settings;
    private final Clock clock;
    private final UnitOfWork unitOfWork;
    private final FacilityRoster roster;

    public CloseFacilityUseCase(Ports ports, RegionSettings settings, Clock clock, UnitOfWork unitOfWork,
                                FacilityRoster roster) {
        this.ports = ports;
        this.settings = settings;
        this.clock = clock;
        this.unitOfWork = unitOfWork;
        this.roster = roster;
    }

    /** Call outside any transaction: it runs its own transactions. */
    public Result execute(HsaId facilityId) {
        return execute(facilityId, PersonAffected.NONE);
    }

    /** As {@link #execute(HsaId)}, telling {@code listener} of every person changed. */
    public Result execute(HsaId facilityId, PersonAffected listener) {
        Optional<Facility> facility = unitOfWork.inNewTransaction(() -> ports.facilities().find(facilityId));
        if (facility.isEmpty()) {
            return Result.unknown();
        }
        HsaId id = facility.get().id();
        boolean closedNow = unitOfWork.inNewTransaction(() -> roster.markNotListable(id));
        int ended = 0;
        int notified = 0;
        int queueEnded = 0;
        // Queue places first, so that no freed listing place is offered to someone queued here.
        for (PersonId person : unitOfWork.inNewTransaction(() -> roster.queuedAt(id))) {
            queueEnded += unitOfWork.inNewTransaction(() -> told(listener, person, leaveQueue(person, id)))
                    .queuePlacesEnded();
        }
        for (PersonId person : unitOfWork.inNewTransaction(() -> roster.listedAt(id))) {
            PersonResult r = unitOfWork.inNewTransaction(() -> told(listener, person, endListings(person, id)));
            ended += r.listingsEnded();
            notified += r.notified();
            queueEnded += r.queuePlacesEnded();
        }
        return new Result(true, facility.get().name(), closedNow, ended, notified, queueEnded);
    }

    private static PersonResult told(PersonAffected listener, PersonId person, PersonResult result) {
        if (result.listingsEnded() > 0 || result.queuePlacesEnded() > 0) {
            listener.affected(person, result.listingsEnded(), result.queuePlacesEnded());
        }
        return result;
    }

    private PersonResult leaveQueue(PersonId personId, HsaId facility) {
        if (ports.persons().lock(personId).isEmpty()) {
            return new PersonResult(0, 0, 0);
        }
        LocalDateTime now = LocalDateTime.now(clock);
        List<QueuePlace> places = ports.queues().active(personId).stream()
                .filter(q -> q.facility().equals(facility)).toList();
        places.forEach(q -> ports.queues().leave(q.id(), now, QUEUE_REASON));
        return new PersonResult(0, 0, places.size());
    }

    private PersonResult endListings(PersonId personId, HsaId facility) {
        Optional<Person> person = ports.persons().lock(personId);
        if (person.isEmpty()) {
            return new PersonResult(0, 0, 0);
        }
        LocalDateTime now = LocalDateTime.now(clock);
        CountyCode own = settings.county();
        CountyCode home = person.get().homeCounty();
        List<Listing> here = ports.listings().active(personId).stream()
                .filter(l -> !l.isElsewhere() && l.facility().equals(facility)).toList();
        int notified = 0;
        for (Listing listing : here) {
            ports.listings().end(listing.id(), now, ListingReason.UNIT_CLOSED);
            if (!home.equals(own)) {
                ports.notifier().notifyUpdateListing(home, personId, home, home,
                        ListingActivation.sharedType(listing.listingType()));
                notified++;
            }
        }
        return new PersonResult(here.size(), notified, 0);
    }
}
