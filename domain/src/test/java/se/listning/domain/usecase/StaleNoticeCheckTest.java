package se.listning.domain.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.listning.domain.testing.TestWorld.NOW;
import static se.listning.domain.testing.TestWorld.OTHER;
import static se.listning.domain.testing.TestWorld.OWN;
import static se.listning.domain.testing.TestWorld.THIRD;
import static se.listning.domain.testing.TestWorld.adultId;
import static se.listning.domain.testing.TestWorld.update;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.listning.domain.api.Outcome;
import se.listning.domain.api.ResultCode;
import se.listning.domain.identity.CountyCode;
import se.listning.domain.identity.ListingTypeCode;
import se.listning.domain.identity.PersonId;
import se.listning.domain.model.ListingReason;
import se.listning.domain.port.OtherRegions;
import se.listning.domain.testing.TestWorld;

/** The home region's question to the listing region before a notice replaces a record of a third region. */
class StaleNoticeCheckTest {

    TestWorld world;
    FakeRegions regions;
    PersonId anna = adultId(321);

    @BeforeEach
    void setUp() {
        world = new TestWorld();
        regions = new FakeRegions();
        world.resident(anna);
        // the home record says "listed in THIRD" (the newer choice)
        world.stores.addListing(anna, ListingTypeCode.PV, null, THIRD, null, NOW.minusDays(3),
                ListingReason.LISTED_IN_OTHER_REGION);
    }

    Optional<Outcome> check(CountyCode newListingCounty) {
        return new StaleNoticeCheck(world.ports(), world.settings, regions).refusal(update(anna, newListingCounty, OWN));
    }

    @Test
    void aNoticeFromARegionWhereThePersonIsNotListedIsStale() {
        Optional<Outcome> refusal = check(OTHER);

        assertThat(refusal).hasValueSatisfying(o -> {
            assertThat(o.code()).isEqualTo(ResultCode.ERROR);
            assertThat(o.text()).startsWith("Meddelandet är inaktuellt: personen är inte listad i")
                    .contains(OTHER.regionName());
        });
        assertThat(regions.asked).containsExactly(OTHER);
    }

    @Test
    void aNoticeFromARegionWhereThePersonIsListedGoesOnAndIsRecorded() {
        regions.listedIn.add(OTHER);

        assertThat(check(OTHER)).isEmpty();
        Outcome outcome = new UpdateListingUseCase(world.ports(), world.settings, world.clock)
                .execute(update(anna, OTHER, OWN));
        assertThat(outcome.code()).isEqualTo(ResultCode.OK);
        assertThat(world.stores.activeListings(anna)).singleElement()
                .satisfies(l -> assertThat(l.listingCounty()).isEqualTo(OTHER));
    }

    @Test
    void anUnreachableListingRegionIsATechnicalFailureSoTheSenderResendsLater() {
        regions.down = true;

        assertThatThrownBy(() -> check(OTHER)).isInstanceOf(OtherRegions.RegionUnavailableException.class);
        assertThat(world.stores.activeListings(anna)).singleElement()
                .satisfies(l -> assertThat(l.listingCounty()).isEqualTo(THIRD));
    }

    @Test
    void nothingIsAskedWithoutARecordOfAThirdRegion() {
        assertThat(check(THIRD)).isEmpty(); // a repeat of the recorded notice
        assertThat(check(OWN)).isEmpty(); // the cross-county listing ended
        PersonId bo = adultId(322);
        world.resident(bo);
        assertThat(new StaleNoticeCheck(world.ports(), world.settings, regions).refusal(update(bo, OTHER, OWN)))
                .isEmpty(); // first cross-county choice: nothing newer to protect
        assertThat(new StaleNoticeCheck(world.ports(), world.settings, regions).refusal(update(anna, OTHER, THIRD)))
                .isEmpty(); // we are not the home region
        assertThat(regions.asked).isEmpty();
    }

    /** The other regions, answering GetListing from a set; down = every question fails. */
    static final class FakeRegions implements OtherRegions {
        final Set<CountyCode> listedIn = new HashSet<>();
        final List<CountyCode> asked = new ArrayList<>();
        boolean down;

        @Override
        public Outcome updateListing(CountyCode receiver, PersonId person, CountyCode newListingCounty,
                                     CountyCode homeCounty, Optional<ListingTypeCode> listingType) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<CountyCode> listingCounties(CountyCode homeCounty, PersonId person) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean isListedIn(CountyCode county, PersonId person, ListingTypeCode type) {
            asked.add(county);
            if (down) {
                throw new RegionUnavailableException("GetListing to county " + county + " failed", null);
            }
            return listedIn.contains(county);
        }
    }
}
