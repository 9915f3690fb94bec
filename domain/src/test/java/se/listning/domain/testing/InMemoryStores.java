package se.listning.domain.testing;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.listning.domain.identity.CountyCode;
import se.listning.domain.identity.HsaId;
import se.listning.domain.identity.ListingTypeCode;
import se.listning.domain.identity.PersonId;
import se.listning.domain.model.Doctor;
import se.listning.domain.model.Facility;
import se.listning.domain.model.FacilityLoad;
import se.listning.domain.model.Listing;
import se.listning.domain.model.ListingReason;
import se.listning.domain.model.ListingType;
import se.listning.domain.model.NewListing;
import se.listning.domain.model.Person;
import se.listning.domain.model.QueuePlace;
import se.listning.domain.port.CrossCountyNotifier;
import se.listning.domain.port.FacilityStore;
import se.listning.domain.port.GuardianConsentStore;
import se.listning.domain.port.ListingStore;
import se.listning.domain.port.ListingTypeStore;
import se.listning.domain.port.PersonStore;
import se.listning.domain.port.Ports;
import se.listning.domain.port.QueueStore;
import se.listning.domain.port.RegionSettings;
import se.listning.domain.port.RelistingLedger;

/**
 * In-memory implementations of every domain port, with history kept, for unit tests of the rules and
 * use cases. Locks are only recorded (in {@link #lockLog}) so tests can check the lock order.
 */
public final class InMemoryStores {

    public record Notice(CountyCode receiver, PersonId person, CountyCode newListingCounty, CountyCode homeCounty,
                         Optional<ListingTypeCode> listingType) {
    }

    /** A listing with its end, as the database keeps it. */
    public static final class StoredListing {
        public final Listing listing;
        public HsaId doctor;
        public LocalDateTime endedAt;
        public ListingReason endReason;
        public final String source;

        StoredListing(Listing listing, String source) {
            this.listing = listing;
            this.doctor = listing.doctor();
            this.source = source;
        }

        public boolean active() {
            return endedAt == null;
        }

        public Listing current() {
            Listing l = listing;
            return new Listing(l.id(), l.person(), l.listingType(), l.facility(), l.listingCounty(), doctor,
                    l.validFrom(), l.validTo(), l.startReason());
        }
    }

    public static final class StoredQueuePlace {
        public final QueuePlace place;
        public LocalDateTime leftAt;
        public String leaveReason;

        StoredQueuePlace(QueuePlace place) {
            this.place = place;
        }

        public boolean active() {
            return leftAt == null;
        }
    }

    public record Counted(PersonId person, ListingTypeCode type, LocalDateTime at, String source) {
    }

    public final Map<PersonId, Person> persons = new LinkedHashMap<>();
    public final Map<HsaId, Facility> facilityMap = new LinkedHashMap<>();
    public final Map<HsaId, Doctor> doctorMap = new LinkedHashMap<>();
    public final List<ListingType> types = new ArrayList<>();
    public final List<StoredListing> listingRows = new ArrayList<>();
    public final List<StoredQueuePlace> queueRows = new ArrayList<>();
    public final List<Counted> counted = new ArrayList<>();
    public final List<Counted> exemptions = new ArrayList<>();
    public final List<GuardianConsentStore.PendingRequest> pendingRequests = new ArrayList<>();
    public final List<Notice> notices = new ArrayList<>();
    public final List<String> lockLog = new ArrayList<>();

    private final Clock clock;
    private final RegionSettings settings;
    private long nextId = 1;

    public InMemoryStores(Clock clock, RegionSettings settings) {
        this.clock = clock;
        this.settings = settings;
    }

    public Ports ports() {
        return new Ports(personStore, facilityStore, listingTypeStore, listingStore, queueStore, ledger, consentStore,
                notifier);
    }

    // ---------------------------------------------------------------- test helpers

    public List<Listing> activeListings(PersonId person) {
        return listingStore.active(person);
    }

    public List<StoredListing> history(PersonId person) {
        return listingRows.stream().filter(r -> r.listing.person().equals(person)).toList();
    }

    public List<QueuePlace> activeQueue(PersonId person) {
        return queueStore.active(person);
    }

    public StoredQueuePlace queueRow(long id) {
        return queueRows.stream().filter(q -> q.place.id() == id).findFirst().orElseThrow();
    }

    /** Puts an active listing in place directly (test set-up). */
    public Listing addListing(PersonId person, ListingTypeCode type, HsaId facility, CountyCode county, HsaId doctor,
                              LocalDateTime from, ListingReason reason) {
        return listingStore.start(new NewListing(person, type, facility, county, doctor, from, reason, "setup", null));
    }

    /** Ends a listing in the past, to create outflow at a facility. */
    public void addEndedListing(PersonId person, ListingTypeCode type, HsaId facility, LocalDateTime from,
                                LocalDateTime endedAt) {
        Listing l = addListing(person, type, facility, settings.county(), null, from, ListingReason.ACTIVE_CHOICE);
        listingStore.end(l.id(), endedAt, ListingReason.RELISTED);
    }

    public QueuePlace addQueuePlace(PersonId person, HsaId facility, ListingTypeCode type, LocalDateTime at) {
        return queueStore.join(person, facility, type, null, at);
    }

    // ---------------------------------------------------------------- ports

    public final PersonStore personStore = new PersonStore() {
        @Override
        public Optional<Person> find(PersonId id) {
            return Optional.ofNullable(persons.get(id));
        }

        @Override
        public Optional<Person> lock(PersonId id) {
            lockLog.add("person:" + id.value());
            return find(id);
        }

        @Override
        public Person lockOrRegisterVisitor(PersonId id, CountyCode homeCounty) {
            lockLog.add("person:" + id.value());
            return persons.computeIfAbsent(id, k -> new Person(k, homeCounty, false, false, false, List.of()));
        }
    };

    public final FacilityStore facilityStore = new FacilityStore() {
        @Override
        public List<Facility> listable() {
            return facilityMap.values().stream().filter(Facility::listable)
                    .sorted(Comparator.comparing(Facility::name)).toList();
        }

        @Override
        public Optional<Facility> find(HsaId id) {
            return Optional.ofNullable(facilityMap.get(id));
        }

        @Override
        public Optional<Facility> lock(HsaId id) {
            lockLog.add("facility:" + id.key());
            return find(id);
        }

        @Override
        public FacilityLoad load(HsaId facility, ListingTypeCode type) {
            int window = settings.queueOutflowWindowDays();
            LocalDateTime since = LocalDateTime.now(clock).minusDays(window);
            int listed = (int) listingRows.stream().filter(r -> r.active() && facility.equals(r.listing.facility())
                    && r.listing.listingType().equals(type)).count();
            int queued = (int) queueRows.stream().filter(q -> q.active() && q.place.facility().equals(facility)
                    && q.place.listingType().equals(type)).count();
            int outflow = (int) listingRows.stream().filter(r -> !r.active() && facility.equals(r.listing.facility())
                    && r.listing.listingType().equals(type) && !r.endedAt.isBefore(since)).count();
            return new FacilityLoad(listed, queued, outflow, window);
        }

        @Override
        public List<Doctor> doctors(HsaId facility) {
            return doctorMap.values().stream().filter(d -> d.facility().equals(facility))
                    .sorted(Comparator.comparing(Doctor::name)).toList();
        }

        @Override
        public Optional<Doctor> doctor(HsaId id) {
            return Optional.ofNullable(doctorMap.get(id));
        }

        @Override
        public int listedWithDoctor(HsaId doctor) {
            return (int) listingRows.stream().filter(r -> r.active() && doctor.equals(r.doctor)).count();
        }
    };

    public final ListingTypeStore listingTypeStore = () -> List.copyOf(types);

    public final ListingStore listingStore = new ListingStore() {
        @Override
        public List<Listing> active(PersonId person) {
            return listingRows.stream().filter(r -> r.active() && r.listing.person().equals(person))
                    .map(StoredListing::current).toList();
        }

        @Override
        public Listing start(NewListing n) {
            boolean clash = listingRows.stream().anyMatch(r -> r.active() && r.listing.person().equals(n.person())
                    && r.listing.listingType().equals(n.listingType()));
            if (clash) {
                throw new IllegalStateException("unique violation: one active listing per person and type");
            }
            Listing l = new Listing(nextId++, n.person(), n.listingType(), n.facility(), n.listingCounty(), n.doctor(),
                    n.validFrom(), null, n.reason());
            listingRows.add(new StoredListing(l, n.source()));
            return l;
        }

        @Override
        public void end(long listingId, LocalDateTime at, ListingReason reason) {
            StoredListing row = listingRows.stream().filter(r -> r.listing.id() == listingId && r.active())
                    .findFirst().orElseThrow(() -> new IllegalStateException("no active listing " + listingId));
            row.endedAt = at;
            row.endReason = reason;
        }

        @Override
        public void changeDoctor(long listingId, HsaId doctor, LocalDateTime at) {
            listingRows.stream().filter(r -> r.listing.id() == listingId && r.active()).findFirst().orElseThrow()
                    .doctor = doctor;
        }
    };

    public final QueueStore queueStore = new QueueStore() {
        @Override
        public List<QueuePlace> active(PersonId person) {
            return queueRows.stream().filter(q -> q.active() && q.place.person().equals(person)).map(q -> q.place)
                    .toList();
        }

        @Override
        public QueuePlace join(PersonId person, HsaId facility, ListingTypeCode type, HsaId doctor, LocalDateTime at) {
            QueuePlace p = new QueuePlace(nextId++, person, facility, type, doctor, at);
            queueRows.add(new StoredQueuePlace(p));
            return p;
        }

        @Override
        public void leave(long queuePlaceId, LocalDateTime at, String reason) {
            StoredQueuePlace row = queueRow(queuePlaceId);
            if (!row.active()) {
                throw new IllegalStateException("queue place already left");
            }
            row.leftAt = at;
            row.leaveReason = reason;
        }

        @Override
        public int position(QueuePlace place) {
            return head(place.facility(), place.listingType(), Integer.MAX_VALUE).indexOf(place) + 1;
        }

        @Override
        public List<QueuePlace> head(HsaId facility, ListingTypeCode type, int limit) {
            return queueRows.stream().filter(q -> q.active() && q.place.facility().equals(facility)
                            && q.place.listingType().equals(type)).map(q -> q.place)
                    .sorted(Comparator.comparing(QueuePlace::queuedAt).thenComparing(QueuePlace::id))
                    .limit(limit).toList();
        }
    };

    public final RelistingLedger ledger = new RelistingLedger() {
        @Override
        public int countedSince(PersonId person, ListingTypeCode type, LocalDateTime since) {
            return (int) counted.stream().filter(c -> c.person().equals(person) && c.type().equals(type)
                    && !c.at().isBefore(since)).count();
        }

        @Override
        public int exemptionsSince(PersonId person, ListingTypeCode type, LocalDateTime since) {
            return (int) exemptions.stream().filter(c -> c.person().equals(person) && c.type().equals(type)
                    && !c.at().isBefore(since)).count();
        }

        @Override
        public void record(PersonId person, ListingTypeCode type, LocalDateTime at, String source) {
            counted.add(new Counted(person, type, at, source));
        }

        @Override
        public void grantExemption(PersonId person, ListingTypeCode type, LocalDateTime at, String grantedBy,
                                   String reason) {
            exemptions.add(new Counted(person, type, at, grantedBy));
        }
    };

    public final GuardianConsentStore consentStore = new GuardianConsentStore() {
        @Override
        public List<PendingRequest> pending(PersonId child, HsaId facility, ListingTypeCode type, LocalDateTime since) {
            return pendingRequests.stream().filter(p -> p.child().equals(child) && p.facility().equals(facility)
                    && p.type().equals(type) && p.requestedAt().isAfter(since)).toList();
        }

        @Override
        public void recordRequest(PersonId child, PersonId guardian, HsaId facility, ListingTypeCode type,
                                  LocalDateTime at) {
            pendingRequests.add(new PendingRequest(nextId++, child, guardian, facility, type, at));
        }

        @Override
        public void complete(PersonId child, ListingTypeCode type, LocalDateTime at) {
            pendingRequests.removeIf(p -> p.child().equals(child) && p.type().equals(type));
        }
    };

    public final CrossCountyNotifier notifier = (receiver, person, newListingCounty, homeCounty, listingType) ->
            notices.add(new Notice(receiver, person, newListingCounty, homeCounty, listingType));
}
