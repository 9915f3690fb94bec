package se.listning.domain.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static se.listning.domain.testing.TestWorld.NOW;
import static se.listning.domain.testing.TestWorld.OTHER;
import static se.listning.domain.testing.TestWorld.OWN;
import static se.listning.domain.testing.TestWorld.THIRD;
import static se.listning.domain.testing.TestWorld.adultId;
import static se.listning.domain.testing.TestWorld.update;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import se.listning.domain.api.Outcome;
import se.listning.domain.api.ResultCode;
import se.listning.domain.api.UpdateListingCommand;
import se.listning.domain.identity.ListingTypeCode;
import se.listning.domain.identity.PersonId;
import se.listning.domain.model.Facility;
import se.listning.domain.model.Listing;
import se.listning.domain.model.ListingReason;
import se.listning.domain.testing.InMemoryStores;
import se.listning.domain.testing.TestWorld;

class UpdateListingUseCaseTest {

    TestWorld world;
    InMemoryStores stores;
    Facility norr;
    PersonId anna = adultId(123);

    @BeforeEach
    void setUp() {
        world = new TestWorld();
        stores = world.stores;
        norr = world.facility("SE2321000016-NORR", "Vårdcentralen Norr", 5, true, false, ListingTypeCode.PV,
                TestWorld.CHILD, TestWorld.SHARED);
    }

    Outcome run(UpdateListingCommand command) {
        return new UpdateListingUseCase(world.ports(), world.settings, world.clock).execute(command);
    }

    @Test
    void unknownListingTypeIsAnError() {
        world.resident(anna);

        Outcome outcome = run(new UpdateListingCommand(anna, OTHER, OWN,
                Optional.of(new ListingTypeCode("UNKNOWN_CODE", "WRONG_CODE_SYSTEM"))));

        assertThat(outcome.code()).isEqualTo(ResultCode.ERROR);
        assertThat(outcome.text()).contains("UNKNOWN_CODE");
    }

    @Nested
    class AsHomeRegion {

        @BeforeEach
        void resident() {
            world.resident(anna);
        }

        @Test
        void listingInAnotherRegionEndsOurListingRecordsItCountsAndDropsQueuePlaces() {
            stores.addListing(anna, ListingTypeCode.PV, norr.id(), OWN, null, NOW.minusYears(1), ListingReason.ACTIVE_CHOICE);
            stores.addQueuePlace(anna, norr.id(), ListingTypeCode.PV, NOW.minusDays(2));

            Outcome outcome = run(update(anna, OTHER, OWN));

            assertThat(outcome.code()).isEqualTo(ResultCode.OK);
            List<Listing> active = stores.activeListings(anna);
            assertThat(active).singleElement().satisfies(l -> {
                assertThat(l.isElsewhere()).isTrue();
                assertThat(l.listingCounty()).isEqualTo(OTHER);
                assertThat(l.startReason()).isEqualTo(ListingReason.LISTED_IN_OTHER_REGION);
            });
            assertThat(stores.history(anna)).filteredOn(r -> !r.active()).singleElement()
                    .satisfies(r -> assertThat(r.endReason).isEqualTo(ListingReason.RELISTED));
            assertThat(stores.activeQueue(anna)).isEmpty();
            assertThat(stores.counted).hasSize(1);
            assertThat(stores.notices).isEmpty();
        }

        @Test
        void aFirstChoiceInAnotherRegionIsRecordedButNotCounted() {
            assertThat(run(update(anna, OTHER, OWN)).code()).isEqualTo(ResultCode.OK);
            assertThat(stores.activeListings(anna)).hasSize(1);
            assertThat(stores.counted).isEmpty();
        }

        @Test
        void capReachedIsRefusedAndNothingChanges() {
            stores.addListing(anna, ListingTypeCode.PV, norr.id(), OWN, null, NOW.minusYears(1), ListingReason.ACTIVE_CHOICE);
            stores.ledger.record(anna, ListingTypeCode.PV, NOW.minusMonths(4), "x");
            stores.ledger.record(anna, ListingTypeCode.PV, NOW.minusMonths(1), "x");

            Outcome outcome = run(update(anna, OTHER, OWN));

            assertThat(outcome.code()).isEqualTo(ResultCode.ERROR_MAXIMUM_ANNUAL_UPDATES_EXCEEDED);
            assertThat(outcome.text()).contains("(2)").contains("12 månaderna");
            assertThat(stores.activeListings(anna)).singleElement()
                    .satisfies(l -> assertThat(l.facility()).isEqualTo(norr.id()));
        }

        @Test
        void aRepeatedNoticeIsOkAndCountsNothing() {
            stores.addListing(anna, ListingTypeCode.PV, norr.id(), OWN, null, NOW.minusYears(1), ListingReason.ACTIVE_CHOICE);
            run(update(anna, OTHER, OWN));

            Outcome again = run(update(anna, OTHER, OWN));

            assertThat(again.code()).isEqualTo(ResultCode.OK);
            assertThat(stores.counted).hasSize(1);
            assertThat(stores.activeListings(anna)).hasSize(1);
        }

        @Test
        void movingBetweenOutOfCountyRegionsTellsThePreviousRegion() {
            stores.addListing(anna, ListingTypeCode.PV, null, THIRD, null, NOW.minusYears(1),
                    ListingReason.LISTED_IN_OTHER_REGION);

            assertThat(run(update(anna, OTHER, OWN)).code()).isEqualTo(ResultCode.OK);

            assertThat(stores.notices).containsExactly(new InMemoryStores.Notice(THIRD, anna, OTHER, OWN, Optional.empty()));
            assertThat(stores.activeListings(anna)).singleElement()
                    .satisfies(l -> assertThat(l.listingCounty()).isEqualTo(OTHER));
        }

        @Test
        void aJointTypeOnlyReplacesThatTypeOtherTypesStay() {
            stores.addListing(anna, ListingTypeCode.PV, norr.id(), OWN, null, NOW.minusYears(1), ListingReason.ACTIVE_CHOICE);
            stores.addListing(anna, TestWorld.SHARED, norr.id(), OWN, null, NOW.minusYears(1), ListingReason.ACTIVE_CHOICE);

            run(new UpdateListingCommand(anna, TestWorld.COLLABORATING, OWN, Optional.of(TestWorld.SHARED)));

            assertThat(stores.activeListings(anna)).extracting(Listing::listingType, Listing::listingCounty)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple(ListingTypeCode.PV, OWN),
                            org.assertj.core.groups.Tuple.tuple(TestWorld.SHARED, TestWorld.COLLABORATING));
        }

        @Test
        void unknownResidentIsAnError() {
            Outcome outcome = run(update(adultId(900), OTHER, OWN));

            assertThat(outcome.code()).isEqualTo(ResultCode.ERROR);
            assertThat(outcome.text()).contains("inte folkbokförd");
        }

        @Test
        void crossCountyEndedRemovesTheRecordAndLeavesTheResidentUnlisted() {
            stores.addListing(anna, ListingTypeCode.PV, null, OTHER, null, NOW.minusYears(1),
                    ListingReason.LISTED_IN_OTHER_REGION);

            Outcome outcome = run(update(anna, OWN, OWN));

            assertThat(outcome.code()).isEqualTo(ResultCode.OK);
            assertThat(stores.activeListings(anna)).isEmpty();
            assertThat(stores.history(anna)).singleElement()
                    .satisfies(r -> assertThat(r.endReason).isEqualTo(ListingReason.CROSS_COUNTY_ENDED));
            assertThat(stores.notices).isEmpty();
            assertThat(stores.counted).isEmpty();
        }

        @Test
        void crossCountyEndedWithoutRecordIsAHarmlessRepeat() {
            assertThat(run(update(anna, OWN, OWN)).code()).isEqualTo(ResultCode.OK);
        }
    }

    @Nested
    class AsPreviousListingRegion {

        PersonId visitor = adultId(800);

        @BeforeEach
        void visitorListedHere() {
            world.visitor(visitor, OTHER);
            stores.addListing(visitor, ListingTypeCode.PV, norr.id(), OWN, null, NOW.minusYears(1),
                    ListingReason.ACTIVE_CHOICE);
        }

        @Test
        void theListingHereEndsAndNothingIsSentOrCounted() {
            Outcome outcome = run(update(visitor, THIRD, OTHER));

            assertThat(outcome.code()).isEqualTo(ResultCode.OK);
            assertThat(stores.activeListings(visitor)).isEmpty();
            assertThat(stores.history(visitor)).singleElement()
                    .satisfies(r -> assertThat(r.endReason).isEqualTo(ListingReason.RELISTED));
            assertThat(stores.notices).isEmpty();
            assertThat(stores.counted).isEmpty();
        }

        @Test
        void listingBackInTheHomeRegionAlsoEndsIt() {
            assertThat(run(update(visitor, OTHER, OTHER)).code()).isEqualTo(ResultCode.OK);
            assertThat(stores.activeListings(visitor)).isEmpty();
        }

        @Test
        void unknownPersonOrNoListingIsOk() {
            assertThat(run(update(adultId(801), THIRD, OTHER)).code()).isEqualTo(ResultCode.OK);
            run(update(visitor, THIRD, OTHER));
            assertThat(run(update(visitor, THIRD, OTHER)).code()).isEqualTo(ResultCode.OK);
        }
    }
}
