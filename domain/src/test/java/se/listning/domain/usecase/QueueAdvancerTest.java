package se.listning.domain.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static se.listning.domain.testing.TestWorld.NOW;
import static se.listning.domain.testing.TestWorld.OTHER;
import static se.listning.domain.testing.TestWorld.OWN;
import static se.listning.domain.testing.TestWorld.adultId;

import java.util.EnumSet;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.listning.domain.identity.ListingTypeCode;
import se.listning.domain.identity.PersonId;
import se.listning.domain.model.Facility;
import se.listning.domain.model.Listing;
import se.listning.domain.model.ListingReason;
import se.listning.domain.port.RegionSettings;
import se.listning.domain.port.UnitOfWork;
import se.listning.domain.testing.InMemoryStores;
import se.listning.domain.testing.TestWorld;

class QueueAdvancerTest {

    TestWorld world;
    InMemoryStores stores;
    Facility unit;
    Facility previous;
    PersonId listed = adultId(100);
    PersonId first = adultId(101);
    PersonId second = adultId(102);
    int transactions;

    @BeforeEach
    void setUp() {
        setUp(RegionSettings.defaults(OWN));
    }

    void setUp(RegionSettings settings) {
        world = new TestWorld(settings);
        stores = world.stores;
        unit = world.facility("SE2321000016-KO", "Vårdcentralen Kö", 2, true, false);
        previous = world.facility("SE2321000016-GAMMAL", "Vårdcentralen Gammal", null, false, false);
        world.resident(listed);
        world.resident(first);
        world.resident(second);
        stores.addListing(listed, ListingTypeCode.PV, unit.id(), OWN, null, NOW.minusYears(1), ListingReason.ACTIVE_CHOICE);
        stores.addListing(first, ListingTypeCode.PV, previous.id(), OWN, null, NOW.minusYears(1), ListingReason.ACTIVE_CHOICE);
        stores.addQueuePlace(first, unit.id(), ListingTypeCode.PV, NOW.minusDays(20));
        stores.addQueuePlace(second, unit.id(), ListingTypeCode.PV, NOW.minusDays(10));
    }

    QueueAdvancer advancer() {
        UnitOfWork counting = new UnitOfWork() {
            @Override
            public <T> T inNewTransaction(Supplier<T> work) {
                transactions++;
                return work.get();
            }
        };
        return new QueueAdvancer(world.ports(), world.settings, world.clock, counting);
    }

    @Test
    void promotesTheHeadOfTheQueueIntoTheFreePlaceOnly() {
        int promoted = advancer().advance(unit.id(), ListingTypeCode.PV);

        assertThat(promoted).isEqualTo(1);
        Listing listing = stores.activeListings(first).get(0);
        assertThat(stores.activeListings(first)).hasSize(1);
        assertThat(listing.facility()).isEqualTo(unit.id());
        assertThat(listing.startReason()).isEqualTo(ListingReason.FROM_QUEUE);
        assertThat(stores.history(first)).filteredOn(r -> !r.active()).singleElement()
                .satisfies(r -> assertThat(r.endReason).isEqualTo(ListingReason.RELISTED));
        assertThat(stores.activeQueue(first)).isEmpty();
        assertThat(stores.queueRows.get(0).leaveReason).isEqualTo("PROMOTED");
        assertThat(stores.activeQueue(second)).hasSize(1);
        assertThat(stores.activeListings(second)).isEmpty();
    }

    @Test
    void eachPromotionIsItsOwnTransactionWithThePersonLockedBeforeTheFacility() {
        advancer().advance(unit.id(), ListingTypeCode.PV);

        assertThat(transactions).isEqualTo(2); // one promotion, one finding the unit full
        assertThat(stores.lockLog).containsExactly("person:" + first.value(), "facility:" + unit.id().key());
    }

    @Test
    void nothingHappensWhileTheUnitIsFull() {
        stores.addListing(adultId(103), ListingTypeCode.PV, unit.id(), OWN, null, NOW, ListingReason.ACTIVE_CHOICE);

        assertThat(advancer().advance(unit.id(), ListingTypeCode.PV)).isZero();
        assertThat(stores.activeQueue(first)).hasSize(1);
    }

    @Test
    void byDefaultAPromotionIsNotCountedAsARelisting() {
        advancer().advance(unit.id(), ListingTypeCode.PV);

        assertThat(stores.counted).isEmpty();
    }

    @Test
    void whenTheRegionCountsQueuePromotionsTheResidentsChangeIsCounted() {
        RegionSettings d = RegionSettings.defaults(OWN);
        EnumSet<ListingReason> reasons = EnumSet.copyOf(d.countedReasons());
        reasons.add(ListingReason.FROM_QUEUE);
        setUp(new RegionSettings(OWN, 12, reasons, false, 30, 365));

        advancer().advance(unit.id(), ListingTypeCode.PV);

        assertThat(stores.counted).singleElement().satisfies(c -> assertThat(c.person()).isEqualTo(first));
    }

    @Test
    void aPromotedVisitorsHomeRegionIsNotified() {
        PersonId visitor = adultId(104);
        world.visitor(visitor, OTHER);
        stores.queueRows.clear();
        stores.addQueuePlace(visitor, unit.id(), ListingTypeCode.PV, NOW.minusDays(5));

        advancer().advance(unit.id(), ListingTypeCode.PV);

        assertThat(stores.notices).containsExactly(
                new InMemoryStores.Notice(OTHER, visitor, OWN, OTHER, Optional.empty()));
    }

    @Test
    void advanceAllFillsEveryCappedUnitWithAQueue() {
        stores.listingRows.removeIf(r -> r.listing.person().equals(listed));

        assertThat(advancer().advanceAll()).isEqualTo(2);
        assertThat(stores.activeListings(second)).singleElement()
                .satisfies(l -> assertThat(l.facility()).isEqualTo(unit.id()));
    }
}
