package se.listning.domain.usecase;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import se.listning.domain.api.CreateListingCommand;
import se.listning.domain.api.Outcome;
import se.listning.domain.identity.CountyCode;
import se.listning.domain.identity.HsaId;
import se.listning.domain.identity.PersonId;
import se.listning.domain.model.Doctor;
import se.listning.domain.model.Facility;
import se.listning.domain.model.FacilityLoad;
import se.listning.domain.model.Listing;
import se.listning.domain.model.ListingReason;
import se.listning.domain.model.ListingType;
import se.listning.domain.model.Person;
import se.listning.domain.model.QueuePlace;
import se.listning.domain.port.Ports;
import se.listning.domain.port.RegionSettings;
import se.listning.domain.rules.AgeRule;
import se.listning.domain.rules.DoctorChoice;
import se.listning.domain.rules.FacilityCapacity;
import se.listning.domain.rules.GuardianConsent;
import se.listning.domain.rules.ListingRule;
import se.listning.domain.rules.ListingTypeOffer;
import se.listning.domain.rules.RelistingPolicy;

/**
 * CreateListing (spec 3.6, 5.2–5.7, 5.10, 5.15). Checks that need no lock come first; then the person
 * is locked (or registered as a visitor), then the facility whose capacity is decided.
 * The caller runs the whole call in one transaction and commits it also on refusals (a guardian's
 * pending request is written on ERROR_GUARDIAN_CONSENT_NEEDED).
 */
public final class CreateListingUseCase {

    static final String SOURCE = "CreateListing";

    private final Ports ports;
    private final RegionSettings settings;
    private final Clock clock;
    private final RelistingPolicy relistings;
    private final GuardianConsent guardians;
    private final ListingActivation activation;

    public CreateListingUseCase(Ports ports, RegionSettings settings, Clock clock) {
        this.ports = ports;
        this.settings = settings;
        this.clock = clock;
        this.relistings = new RelistingPolicy(ports.relistings(), settings);
        this.guardians = new GuardianConsent(ports.guardianConsents(), settings);
        this.activation = new ListingActivation(ports, settings, relistings);
    }

    public Outcome execute(CreateListingCommand cmd) {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDate today = now.toLocalDate();
        CountyCode own = settings.county();
        String regionName = own.regionName();
        PersonId personId = cmd.person();

        Optional<Outcome> refused = guardians.actorRefusal(cmd.actor(), personId, today, cmd.signedPaperForm());
        if (refused.isPresent()) {
            return refused.get();
        }
        if (cmd.newListingCounty().isPresent() && !cmd.newListingCounty().get().equals(own)) {
            return ListingRule.WRONG_LISTING_COUNTY.outcome(cmd.newListingCounty().get(), regionName, own);
        }
        Optional<Facility> found = ports.facilities().find(cmd.facility()).filter(Facility::listable);
        if (found.isEmpty()) {
            return ListingRule.UNKNOWN_FACILITY.outcome(cmd.facility().value(), regionName);
        }
        Optional<ListingType> maybeType = ports.listingTypes().find(cmd.listingType());
        if (maybeType.isEmpty()) {
            return ListingRule.UNKNOWN_LISTING_TYPE.outcome(cmd.listingType().code(), regionName);
        }
        ListingType type = maybeType.get();
        if (!found.get().supports(type.code())) {
            return ListingRule.FACILITY_DOES_NOT_OFFER_TYPE.outcome(found.get().name(), type.displayName());
        }

        // Residency: our population register decides; homeCounty equal to our county means "omitted".
        Optional<CountyCode> claimedHome = cmd.homeCounty().filter(c -> !c.equals(own));
        Optional<Person> known = ports.persons().find(personId);
        boolean resident = known.map(Person::resident).orElse(false);
        if (!resident && claimedHome.isEmpty()) {
            return known.isPresent()
                    ? ListingRule.HOME_COUNTY_MISSING.outcome(regionName)
                    : ListingRule.UNKNOWN_PERSON.outcome(regionName);
        }
        CountyCode home = resident ? own : claimedHome.get();
        if (!ListingTypeOffer.offeredTo(type, home, own)) {
            return ListingRule.LISTING_TYPE_NOT_OFFERED.outcome(type.displayName(), regionName);
        }
        AgeRule age = AgeRule.of(type);
        if (!age.allows(personId, today)) {
            return ListingRule.AGE_LIMIT.outcome(type.displayName(), age.describe());
        }

        // Lock order: person first, then the facility.
        Optional<Person> locked = resident
                ? ports.persons().lock(personId)
                : Optional.of(ports.persons().lockOrRegisterVisitor(personId, home));
        if (locked.isEmpty()) {
            return ListingRule.UNKNOWN_PERSON.outcome(regionName);
        }
        Person person = locked.get();
        // Read the clock again under the lock: a call that waited for it must not stamp history
        // earlier than the call it waited for.
        now = LocalDateTime.now(clock);
        if (person.deceased()) {
            return ListingRule.PERSON_DECEASED.outcome();
        }
        refused = guardians.guardianRefusal(cmd.actor(), person);
        if (refused.isPresent()) {
            return refused.get();
        }

        List<Listing> activeOfType = activation.activeOfType(person, type.code());
        Optional<Listing> listedHere = activeOfType.stream()
                .filter(l -> cmd.facility().equals(l.facility())).findFirst();
        Optional<QueuePlace> queuedHere = activation.queuePlacesOfType(person, type.code()).stream()
                .filter(q -> q.facility().equals(cmd.facility())).findFirst();

        Optional<Facility> lockedFacility = ports.facilities().lock(cmd.facility()).filter(Facility::listable);
        if (lockedFacility.isEmpty()) {
            return ListingRule.UNKNOWN_FACILITY.outcome(cmd.facility().value(), regionName);
        }
        Facility facility = lockedFacility.get();
        int personAge = personId.ageOn(today);

        if (listedHere.isPresent()) {
            return sameFacilityListing(cmd, facility, listedHere.get(), personAge, now);
        }
        if (queuedHere.isPresent()) {
            return sameFacilityQueue(cmd, facility, queuedHere.get(), now);
        }

        if (cmd.doctor().isPresent()) {
            refused = doctorRefusal(facility, cmd.doctor().get(), personAge);
            if (refused.isPresent()) {
                return refused.get();
            }
        }

        FacilityCapacity capacity = FacilityCapacity.of(facility, facility.maxListed() == null
                ? FacilityLoad.NOT_COUNTED : ports.facilities().load(facility.id(), type.code()));
        boolean hadActive = !activeOfType.isEmpty();
        // Only the home region counts relistings; a visitor's cap is enforced by their home region
        // when it receives our UpdateListing.
        boolean homeRegionCounts = person.resident() && home.equals(own);
        if (capacity.hasPlaceForNewcomer()) {
            ListingReason reason = cmd.actor().type().isPerson() ? ListingReason.ACTIVE_CHOICE : ListingReason.STAFF_REGISTRATION;
            boolean counts = homeRegionCounts && relistings.counts(reason, false, hadActive);
            if (counts && !relistings.allowsAnother(personId, type, now)) {
                return capReached(personId, type, now);
            }
            refused = guardians.consentMissing(cmd.actor(), person, facility.id(), type.code(), now);
            if (refused.isPresent()) {
                return refused.get();
            }
            HsaId doctor = cmd.doctor().orElse(null);
            String source = cmd.signedPaperForm() ? CreateListingCommand.PAPER_FORM_SOURCE : SOURCE;
            activation.start(new ListingActivation.Start(person, home, type, facility.id(), doctor, reason, source,
                    cmd.actor(), counts), now);
            return doctor == null
                    ? ListingRule.LISTED.outcome(facility.name())
                    : ListingRule.LISTED_WITH_DOCTOR.outcome(facility.name(), doctorName(doctor));
        }
        if (!cmd.addToQueue()) {
            return facility.offersQueue()
                    ? ListingRule.FACILITY_FULL_QUEUE_OFFERED.outcome(facility.name())
                    : ListingRule.FACILITY_FULL.outcome(facility.name());
        }
        if (!facility.offersQueue()) {
            return ListingRule.FACILITY_FULL_NO_QUEUE.outcome(facility.name());
        }
        // Joining counts nothing; but if the later promotion will count, refuse now rather than then.
        if (homeRegionCounts && relistings.counts(ListingReason.FROM_QUEUE, false, hadActive)
                && !relistings.allowsAnother(personId, type, now)) {
            return capReached(personId, type, now);
        }
        refused = guardians.consentMissing(cmd.actor(), person, facility.id(), type.code(), now);
        if (refused.isPresent()) {
            return refused.get();
        }
        QueuePlace place = ports.queues().join(personId, facility.id(), type.code(), cmd.doctor().orElse(null), now);
        return ListingRule.QUEUED.outcome(facility.name(), ports.queues().position(place));
    }

    /** Already listed here: the call only chooses or changes the fast läkarkontakt (never counts). */
    private Outcome sameFacilityListing(CreateListingCommand cmd, Facility facility, Listing listing, int personAge,
                                        LocalDateTime now) {
        Optional<HsaId> wanted = cmd.doctor();
        if (wanted.isEmpty() || wanted.get().equals(listing.doctor())) {
            return ListingRule.ALREADY_LISTED.outcome(facility.name());
        }
        Optional<Outcome> refused = doctorRefusal(facility, wanted.get(), personAge);
        if (refused.isPresent()) {
            return refused.get();
        }
        ports.listings().changeDoctor(listing.id(), wanted.get(), now);
        return ListingRule.DOCTOR_CHANGED.outcome(facility.name(), doctorName(wanted.get()));
    }

    /** Already queued here: addToQueue=false means "leave the queue" (never counts). */
    private Outcome sameFacilityQueue(CreateListingCommand cmd, Facility facility, QueuePlace place, LocalDateTime now) {
        if (!cmd.addToQueue()) {
            ports.queues().leave(place.id(), now, "LEFT");
            return ListingRule.LEFT_QUEUE.outcome(facility.name());
        }
        return ListingRule.ALREADY_QUEUED.outcome(facility.name(), ports.queues().position(place));
    }

    private Optional<Outcome> doctorRefusal(Facility facility, HsaId doctorId, int personAge) {
        Optional<Doctor> doctor = ports.facilities().doctor(doctorId);
        return DoctorChoice.refusal(facility, doctor, personAge, () -> ports.facilities().listedWithDoctor(doctorId));
    }

    private Outcome capReached(PersonId person, ListingType type, LocalDateTime now) {
        return ListingRule.RELISTING_CAP_REACHED.outcome(relistings.cap(person, type, now), relistings.windowMonths());
    }

    private String doctorName(HsaId doctor) {
        return ports.facilities().doctor(doctor).map(Doctor::name).orElse(doctor.value());
    }
}
