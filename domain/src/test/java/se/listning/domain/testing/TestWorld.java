package se.listning.domain.testing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.listning.domain.api.CreateListingCommand;
import se.listning.domain.api.UpdateListingCommand;
import se.listning.domain.identity.Actor;
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

/**
 * A small synthetic region 01 (Region Stockholm) at a fixed Swedish local time, with the national
 * type PV (2 relistings), a regional child type and an inter-regional type shared with county 03.
 */
public final class TestWorld {

    public static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    public static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 10, 10, 0);
    public static final CountyCode OWN = CountyCode.of("01");
    public static final CountyCode OTHER = CountyCode.of("14");
    public static final CountyCode THIRD = CountyCode.of("12");
    public static final CountyCode COLLABORATING = CountyCode.of("03");

    public static final ListingTypeCode CHILD = new ListingTypeCode("BVC", "urn:listning:01:listningstyp");
    public static final ListingTypeCode SHARED = new ListingTypeCode("MALARDALEN", "urn:listning:samverkan");

    public final Clock clock = Clock.fixed(NOW.atZone(SWEDEN).toInstant(), SWEDEN);
    public final RegionSettings settings;
    public final InMemoryStores stores;

    public TestWorld() {
        this(RegionSettings.defaults(OWN));
    }

    public TestWorld(RegionSettings settings) {
        this.settings = settings;
        this.stores = new InMemoryStores(clock, settings);
        stores.types.add(new ListingType(ListingTypeCode.PV, "Primärvård", ListingType.Scope.NATIONAL, null, null, 2,
                Set.of()));
        stores.types.add(new ListingType(CHILD, "Barnhälsovård", ListingType.Scope.REGIONAL, 0, 6, 2, Set.of()));
        stores.types.add(new ListingType(SHARED, "Mälardalslistning", ListingType.Scope.INTER_REGIONAL, null, null, 2,
                Set.of(COLLABORATING)));
    }

    public Ports ports() {
        return stores.ports();
    }

    /** A valid synthetic personnummer born on the given date. */
    public static PersonId pnr(LocalDate birth, int serial) {
        String nine = String.format("%02d%02d%02d%03d", birth.getYear() % 100, birth.getMonthValue(),
                birth.getDayOfMonth(), serial);
        return new PersonId(String.format("%04d", birth.getYear()).substring(0, 2) + nine + PersonId.checkDigit(nine),
                PersonId.Kind.PERSONNUMMER);
    }

    public static PersonId adultId(int serial) {
        return pnr(LocalDate.of(1980, 5, 17), serial);
    }

    public static PersonId childId(int serial) {
        return pnr(LocalDate.of(2022, 8, 3), serial);
    }

    public Person resident(PersonId id, PersonId... guardians) {
        Person p = new Person(id, OWN, true, false, false, List.of(guardians));
        stores.persons.put(id, p);
        return p;
    }

    public Person visitor(PersonId id, CountyCode home) {
        Person p = new Person(id, home, false, false, false, List.of());
        stores.persons.put(id, p);
        return p;
    }

    public Facility facility(String hsaId, String name, Integer cap, boolean queue, boolean personnel,
                             ListingTypeCode... types) {
        Facility f = new Facility(HsaId.of(hsaId), name, true, cap, queue, personnel, List.of(types));
        stores.facilityMap.put(f.id(), f);
        return f;
    }

    public Doctor doctor(String hsaId, Facility facility, String name, Integer maxPatients, Integer minAge,
                         Integer maxAge) {
        Doctor d = new Doctor(HsaId.of(hsaId), facility.id(), name, "Specialist i allmänmedicin", true, maxPatients,
                minAge, maxAge);
        stores.doctorMap.put(d.id(), d);
        return d;
    }

    public static CreateListingCommand create(PersonId person, Facility facility) {
        return create(Actor.citizen(person), person, facility, ListingTypeCode.PV);
    }

    public static CreateListingCommand create(Actor actor, PersonId person, Facility facility, ListingTypeCode type) {
        return new CreateListingCommand(actor, person, facility.id(), type, Optional.empty(), false, Optional.empty(),
                Optional.empty(), OWN);
    }

    public static CreateListingCommand withDoctor(CreateListingCommand c, Doctor doctor) {
        return new CreateListingCommand(c.actor(), c.person(), c.facility(), c.listingType(), Optional.of(doctor.id()),
                c.addToQueue(), c.homeCounty(), c.newListingCounty(), c.addressedCounty());
    }

    public static CreateListingCommand queueing(CreateListingCommand c, boolean addToQueue) {
        return new CreateListingCommand(c.actor(), c.person(), c.facility(), c.listingType(), c.doctor(), addToQueue,
                c.homeCounty(), c.newListingCounty(), c.addressedCounty());
    }

    public static CreateListingCommand counties(CreateListingCommand c, CountyCode home, CountyCode newListing) {
        return new CreateListingCommand(c.actor(), c.person(), c.facility(), c.listingType(), c.doctor(),
                c.addToQueue(), Optional.ofNullable(home), Optional.ofNullable(newListing), c.addressedCounty());
    }

    public static UpdateListingCommand update(PersonId person, CountyCode newListing, CountyCode home) {
        return new UpdateListingCommand(person, newListing, home, Optional.empty());
    }
}
