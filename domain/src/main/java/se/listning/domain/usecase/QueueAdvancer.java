package se.listning.domain.usecase;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import se.listning.domain.identity.HsaId;
import se.listning.domain.identity.ListingTypeCode;
import se.listning.domain.identity.PersonId;
import se.listning.domain.model.Facility;
import se.listning.domain.model.Listing;
import se.listning.domain.model.ListingReason;
import se.listning.domain.model.ListingType;
import se.listning.domain.model.Person;
import se.listning.domain.model.QueuePlace;
import se.listning.domain.port.Ports;
import se.listning.domain.port.RegionSettings;
import se.listning.domain.port.UnitOfWork;
import se.listning.domain.rules.DoctorChoice;
import se.listning.domain.rules.FacilityCapacity;
import se.listning.domain.rules.RelistingPolicy;

/**
 * Turns queue places into listings while places are free (flow 5): first come, first served. Each
 * promotion is one transaction of its own that locks the queued PERSON first and then the facility,
 * and re-checks everything after locking, so several nodes may run it at once. Call it outside any
 * transaction (after commits, and periodically).
 */
public final class QueueAdvancer {

    static final String SOURCE = "queue";
    /** Bounds one run; a later run continues. */
    static final int MAX_PROMOTIONS_PER_RUN = 1_000;

    private final Ports ports;
    private final RegionSettings settings;
    private final Clock clock;
    private final UnitOfWork unitOfWork;
    private final RelistingPolicy relistings;
    private final ListingActivation activation;

    public QueueAdvancer(Ports ports, RegionSettings settings, Clock clock, UnitOfWork unitOfWork) {
        this.ports = ports;
        this.settings = settings;
        this.clock = clock;
        this.unitOfWork = unitOfWork;
        this.relistings = new RelistingPolicy(ports.relistings(), settings);
        this.activation = new ListingActivation(ports, settings, relistings);
    }

    /** Promotes queued persons at one facility for one type while places are free; returns how many. */
    public int advance(HsaId facility, ListingTypeCode type) {
        int promoted = 0;
        int attempts = 0;
        while (attempts++ < MAX_PROMOTIONS_PER_RUN) {
            Step step = unitOfWork.inNewTransaction(() -> promoteNext(facility, type));
            if (step == Step.DONE) {
                break;
            }
            if (step == Step.PROMOTED) {
                promoted++;
            }
        }
        return promoted;
    }

    /** Runs {@link #advance} for every listable capped facility with a queue, for each type it offers. */
    public int advanceAll() {
        int promoted = 0;
        for (Facility f : ports.facilities().listable()) {
            if (f.maxListed() == null || !f.offersQueue()) {
                continue;
            }
            List<ListingTypeCode> types = f.supportedListingTypes().isEmpty()
                    ? List.of(ListingTypeCode.PV) : f.supportedListingTypes();
            for (ListingTypeCode type : types) {
                promoted += advance(f.id(), type);
            }
        }
        return promoted;
    }

    enum Step { PROMOTED, SKIPPED, DONE }

    /** One promotion attempt, in the caller's (new) transaction. */
    Step promoteNext(HsaId facilityId, ListingTypeCode typeCode) {
        Optional<Facility> facility = ports.facilities().find(facilityId);
        Optional<ListingType> type = ports.listingTypes().find(typeCode);
        if (facility.isEmpty() || type.isEmpty() || !facility.get().listable()) {
            return Step.DONE;
        }
        if (!FacilityCapacity.of(facility.get(), ports.facilities().load(facilityId, typeCode)).hasPlaceForQueueHead()) {
            return Step.DONE;
        }
        List<QueuePlace> head = ports.queues().head(facilityId, typeCode, 1);
        if (head.isEmpty()) {
            return Step.DONE;
        }
        PersonId candidate = head.get(0).person();
        // Lock order person → facility, then re-check: another node may have moved on meanwhile.
        Optional<Person> person = ports.persons().lock(candidate);
        Optional<Facility> locked = ports.facilities().lock(facilityId);
        LocalDateTime now = LocalDateTime.now(clock);
        if (locked.isEmpty() || !locked.get().listable()) {
            return Step.DONE;
        }
        List<QueuePlace> headNow = ports.queues().head(facilityId, typeCode, 1);
        if (headNow.isEmpty()) {
            return Step.DONE;
        }
        if (!headNow.get(0).person().equals(candidate)) {
            return Step.SKIPPED;
        }
        if (!FacilityCapacity.of(locked.get(), ports.facilities().load(facilityId, typeCode)).hasPlaceForQueueHead()) {
            return Step.DONE;
        }
        QueuePlace place = headNow.get(0);
        if (person.isEmpty() || person.get().deceased()) {
            ports.queues().leave(place.id(), now, person.isEmpty() ? "UNKNOWN_PERSON" : "DECEASED");
            return Step.SKIPPED;
        }
        Person p = person.get();
        List<Listing> activeOfType = activation.activeOfType(p, typeCode);
        boolean resident = p.resident() && p.homeCounty().equals(settings.county());
        boolean counts = resident && relistings.counts(ListingReason.FROM_QUEUE, false, !activeOfType.isEmpty());
        activation.start(new ListingActivation.Start(p, p.homeCounty(), type.get(), facilityId,
                stillChoosable(locked.get(), place.doctor(), candidate), ListingReason.FROM_QUEUE, SOURCE, null,
                counts), now);
        return Step.PROMOTED;
    }

    /** The doctor asked for when queueing, if still choosable now; else the listing starts without one. */
    private HsaId stillChoosable(Facility facility, HsaId doctor, PersonId person) {
        if (doctor == null) {
            return null;
        }
        int age = person.ageOn(LocalDate.now(clock));
        boolean refused = DoctorChoice.refusal(facility, ports.facilities().doctor(doctor), age,
                () -> ports.facilities().listedWithDoctor(doctor)).isPresent();
        return refused ? null : doctor;
    }
}
