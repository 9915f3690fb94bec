package se.listning.domain.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static se.listning.domain.testing.TestWorld.NOW;
import static se.listning.domain.testing.TestWorld.OTHER;
import static se.listning.domain.testing.TestWorld.OWN;
import static se.listning.domain.testing.TestWorld.SHARED;
import static se.listning.domain.testing.TestWorld.THIRD;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import se.listning.domain.api.FacilityView;
import se.listning.domain.identity.HsaId;
import se.listning.domain.identity.ListingTypeCode;
import se.listning.domain.identity.PersonId;
import se.listning.domain.model.Facility;
import se.listning.domain.model.ListingReason;
import se.listning.domain.port.FacilityRoster;
import se.listning.domain.port.UnitOfWork;
import se.listning.domain.testing.InMemoryStores;
import se.listning.domain.testing.TestWorld;

class CloseFacilityUseCaseTest {

    private final TestWorld world = new TestWorld();
    private final Facility closing = world.facility("SE2321000016-CLOSE", "Vårdcentralen Stängda", 2, true, false,
            ListingTypeCode.PV, SHARED);
    private final Facility other = world.facility("SE2321000016-OPEN", "Vårdcentralen Öppna", null, false, false);
    private int transactions;

    private final UnitOfWork unitOfWork = new UnitOfWork() {
        @Override
        public <T> T inNewTransaction(Supplier<T> work) {
            transactions++;
            return work.get();
        }
    };

    /** The roster over the in-memory stores. */
    private final FacilityRoster roster = new FacilityRoster() {
        @Override
        public boolean markNotListable(HsaId id) {
            Facility f = world.stores.facilityMap.get(id);
            world.stores.facilityMap.put(id, new Facility(f.id(), f.name(), false, f.maxListed(), f.offersQueue(),
                    f.supportsHealthcarePersonnel(), f.supportedListingTypes()));
            return f.listable();
        }

        @Override
        public List<PersonId> listedAt(HsaId id) {
            return world.stores.listingRows.stream().filter(InMemoryStores.StoredListing::active)
                    .map(r -> r.listing).filter(l -> id.equals(l.facility())).map(l -> l.person()).distinct().toList();
        }

        @Override
        public List<PersonId> queuedAt(HsaId id) {
            return world.stores.queueRows.stream().filter(InMemoryStores.StoredQueuePlace::active)
                    .map(q -> q.place).filter(q -> id.equals(q.facility())).map(q -> q.person()).distinct().toList();
        }
    };

    private final CloseFacilityUseCase useCase = new CloseFacilityUseCase(world.ports(), world.settings, world.clock,
            unitOfWork, roster);

    @Test
    void closingEndsListingsAndQueuePlacesAndTellsVisitorsHomeRegions() {
        PersonId resident = TestWorld.adultId(1);
        PersonId visitor = TestWorld.adultId(2);
        PersonId queued = TestWorld.adultId(3);
        PersonId elsewhere = TestWorld.adultId(4);
        world.resident(resident);
        world.visitor(visitor, OTHER);
        world.resident(queued);
        world.resident(elsewhere);
        world.stores.addListing(resident, ListingTypeCode.PV, closing.id(), OWN, null, NOW.minusYears(1), ListingReason.ACTIVE_CHOICE);
        world.stores.addListing(visitor, ListingTypeCode.PV, closing.id(), OWN, null, NOW.minusDays(3), ListingReason.ACTIVE_CHOICE);
        world.stores.addListing(visitor, SHARED, closing.id(), OWN, null, NOW.minusDays(3), ListingReason.ACTIVE_CHOICE);
        world.stores.addQueuePlace(queued, closing.id(), ListingTypeCode.PV, NOW.minusDays(1));
        world.stores.addListing(elsewhere, ListingTypeCode.PV, other.id(), OWN, null, NOW.minusYears(1), ListingReason.ACTIVE_CHOICE);

        CloseFacilityUseCase.Result result = useCase.execute(HsaId.of("se2321000016-close"));

        assertThat(result).isEqualTo(new CloseFacilityUseCase.Result(true, "Vårdcentralen Stängda", true, 3, 2, 1));
        assertThat(world.stores.facilityMap.get(closing.id()).listable()).isFalse();
        assertThat(world.stores.activeListings(resident)).isEmpty();
        assertThat(world.stores.activeListings(visitor)).isEmpty();
        assertThat(world.stores.history(visitor)).allMatch(r -> r.endReason == ListingReason.UNIT_CLOSED);
        assertThat(world.stores.activeQueue(queued)).isEmpty();
        assertThat(world.stores.activeListings(elsewhere)).hasSize(1);
        // the home region takes responsibility back: newListingCounty = homeCounty = the home county
        assertThat(world.stores.notices).containsExactlyInAnyOrder(
                new InMemoryStores.Notice(OTHER, visitor, OTHER, OTHER, Optional.empty()),
                new InMemoryStores.Notice(OTHER, visitor, OTHER, OTHER, Optional.of(SHARED)));
        // own residents are just unlisted: nobody is told
        assertThat(world.stores.notices).noneMatch(n -> n.person().equals(resident));
        List<FacilityView> listable = new CatalogueQueries(world.ports(), world.settings, world.clock)
                .availableFacilities(java.util.Set.of(), java.util.Set.of()).facilities();
        assertThat(listable).extracting(FacilityView::id).containsExactly(other.id());
    }

    @Test
    void runningItAgainChangesAndSendsNothing() {
        PersonId visitor = TestWorld.adultId(5);
        world.visitor(visitor, THIRD);
        world.stores.addListing(visitor, ListingTypeCode.PV, closing.id(), OWN, null, NOW.minusDays(3), ListingReason.ACTIVE_CHOICE);
        useCase.execute(closing.id());
        int notices = world.stores.notices.size();

        CloseFacilityUseCase.Result again = useCase.execute(closing.id());

        assertThat(again).isEqualTo(new CloseFacilityUseCase.Result(true, "Vårdcentralen Stängda", false, 0, 0, 0));
        assertThat(world.stores.notices).hasSize(notices);
    }

    @Test
    void theListenerHearsOfEachPersonChangedAndOfNobodyElse() {
        PersonId listed = TestWorld.adultId(6);
        PersonId queued = TestWorld.adultId(7);
        PersonId elsewhere = TestWorld.adultId(8);
        world.resident(listed);
        world.resident(queued);
        world.resident(elsewhere);
        world.stores.addListing(listed, ListingTypeCode.PV, closing.id(), OWN, null, NOW.minusYears(1), ListingReason.ACTIVE_CHOICE);
        world.stores.addQueuePlace(queued, closing.id(), ListingTypeCode.PV, NOW.minusDays(1));
        world.stores.addListing(elsewhere, ListingTypeCode.PV, other.id(), OWN, null, NOW.minusYears(1), ListingReason.ACTIVE_CHOICE);
        List<String> heard = new java.util.ArrayList<>();

        useCase.execute(closing.id(), (person, listings, queuePlaces) -> heard.add(person.value() + ":" + listings + "/" + queuePlaces));

        assertThat(heard).containsExactlyInAnyOrder(listed.value() + ":1/0", queued.value() + ":0/1");
        heard.clear();
        useCase.execute(closing.id(), (person, listings, queuePlaces) -> heard.add(person.value()));
        assertThat(heard).isEmpty();
    }

    @Test
    void anUnknownFacilityIsReportedAndNothingHappens() {
        CloseFacilityUseCase.Result result = useCase.execute(HsaId.of("SE2321000016-NOSUCH"));

        assertThat(result.found()).isFalse();
        assertThat(world.stores.notices).isEmpty();
        assertThat(transactions).isEqualTo(1);
    }
}
