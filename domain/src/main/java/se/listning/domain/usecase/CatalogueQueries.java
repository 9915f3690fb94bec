package se.listning.domain.usecase;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.listning.domain.api.Answers;
import se.listning.domain.api.FacilityView;
import se.listning.domain.api.ListingTypeView;
import se.listning.domain.api.Outcome;
import se.listning.domain.api.PersonnelView;
import se.listning.domain.identity.CountyCode;
import se.listning.domain.identity.HsaId;
import se.listning.domain.identity.ListingTypeCode;
import se.listning.domain.identity.PersonId;
import se.listning.domain.model.Doctor;
import se.listning.domain.model.Facility;
import se.listning.domain.model.ListingType;
import se.listning.domain.model.Person;
import se.listning.domain.port.Ports;
import se.listning.domain.port.RegionSettings;
import se.listning.domain.rules.AgeRule;
import se.listning.domain.rules.ListingRule;
import se.listning.domain.rules.ListingTypeOffer;

/** GetListingTypes, GetAvailableHealthcareFacilities and GetAvailableHealthcarePersonnel. */
public final class CatalogueQueries {

    private final Ports ports;
    private final RegionSettings settings;
    private final Clock clock;
    private final Views views;

    public CatalogueQueries(Ports ports, RegionSettings settings, Clock clock) {
        this.ports = ports;
        this.settings = settings;
        this.clock = clock;
        this.views = new Views(ports);
    }

    /**
     * Without a person: every type. With a person: our residents get every type whose age range fits;
     * others get the national type and the inter-regional types their county collaborates on (age
     * range applied too). A missing homeCounty is taken from our register, else treated as ours.
     */
    public Answers.ListingTypes listingTypes(Optional<PersonId> person, Optional<CountyCode> homeCounty) {
        List<ListingType> all = ports.listingTypes().all();
        if (person.isEmpty()) {
            return new Answers.ListingTypes(Outcome.ok(), all.stream().map(this::view).toList());
        }
        CountyCode home = homeCounty.orElseGet(() -> ports.persons().find(person.get())
                .map(Person::homeCounty).orElse(settings.county()));
        LocalDate today = LocalDate.now(clock);
        List<ListingTypeView> offered = all.stream()
                .filter(t -> ListingTypeOffer.offeredTo(t, home, settings.county()))
                .filter(t -> AgeRule.of(t).allows(person.get(), today))
                .map(this::view)
                .toList();
        return new Answers.ListingTypes(Outcome.ok(), offered);
    }

    /**
     * Listable facilities, filtered by HSA-ids (case-insensitive) and by listing types (alternatives;
     * unknown types match nothing and are otherwise ignored; no supported types = PV only). Queue
     * figures are for the first requested type the facility offers, else for PV (or its first type).
     */
    public Answers.Facilities availableFacilities(Set<HsaId> facilities, Set<ListingTypeCode> listingTypes) {
        List<FacilityView> result = ports.facilities().listable().stream()
                .filter(Facility::listable)
                .filter(f -> facilities.isEmpty() || facilities.contains(f.id()))
                .filter(f -> listingTypes.isEmpty() || listingTypes.stream().anyMatch(f::supports))
                .map(f -> views.facility(f, capacityType(f, listingTypes)))
                .toList();
        return new Answers.Facilities(Outcome.ok(), result);
    }

    /**
     * Active doctors of a listable facility that offers the choice, whose age range admits the person.
     * With a type filter, nobody when the facility offers none of the types.
     */
    public Answers.Personnel availablePersonnel(PersonId person, HsaId facilityId, Set<ListingTypeCode> listingTypes) {
        Optional<Facility> facility = ports.facilities().find(facilityId).filter(Facility::listable);
        if (facility.isEmpty()) {
            return new Answers.Personnel(
                    ListingRule.PERSONNEL_UNKNOWN_FACILITY.outcome(facilityId.value(), settings.county().regionName()),
                    List.of());
        }
        Facility f = facility.get();
        if (!f.supportsHealthcarePersonnel()) {
            return new Answers.Personnel(ListingRule.PERSONNEL_NOT_OFFERED.outcome(f.name()), List.of());
        }
        if (!listingTypes.isEmpty() && listingTypes.stream().noneMatch(f::supports)) {
            return new Answers.Personnel(Outcome.ok(), List.of());
        }
        int age = person.ageOn(LocalDate.now(clock));
        List<PersonnelView> doctors = ports.facilities().doctors(f.id()).stream()
                .filter(Doctor::active)
                .filter(d -> AgeRule.of(d).allows(age))
                .map(d -> new PersonnelView(d.id(), d.name(), d.title()))
                .toList();
        return new Answers.Personnel(Outcome.ok(), doctors);
    }

    private ListingTypeView view(ListingType type) {
        String name = type.code().equals(ListingTypeCode.PV) ? ListingTypeCode.PV_DISPLAY_NAME : type.displayName();
        return new ListingTypeView(type.code(), name);
    }

    private static ListingTypeCode capacityType(Facility facility, Set<ListingTypeCode> requested) {
        return requested.stream().filter(facility::supports).sorted((a, b) -> a.toString().compareTo(b.toString()))
                .findFirst().orElseGet(() -> Views.primaryType(facility));
    }
}
