package se.listning.domain.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static se.listning.domain.testing.TestWorld.NOW;
import static se.listning.domain.testing.TestWorld.OTHER;
import static se.listning.domain.testing.TestWorld.OWN;
import static se.listning.domain.testing.TestWorld.adultId;
import static se.listning.domain.testing.TestWorld.childId;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.listning.domain.api.Answers;
import se.listning.domain.api.ListingView;
import se.listning.domain.api.ResultCode;
import se.listning.domain.identity.Actor;
import se.listning.domain.identity.ActorType;
import se.listning.domain.identity.HsaId;
import se.listning.domain.identity.ListingTypeCode;
import se.listning.domain.identity.PersonId;
import se.listning.domain.model.Doctor;
import se.listning.domain.model.Facility;
import se.listning.domain.model.ListingReason;
import se.listning.domain.testing.InMemoryStores;
import se.listning.domain.testing.TestWorld;

class ListingQueriesTest {

    TestWorld world;
    InMemoryStores stores;
    Facility norr;
    Facility full;
    Doctor doctor;
    PersonId anna = adultId(123);
    ListingQueries queries;

    @BeforeEach
    void setUp() {
        world = new TestWorld();
        stores = world.stores;
        norr = world.facility("SE2321000016-NORR", "Övertorneå hälsocentral", null, false, true);
        full = world.facility("SE2321000099-FULL", "Vårdcentralen Full", 1, true, false);
        doctor = world.doctor("SE2321000016-DR01", norr, "Åke Örjan André Mäkitalo", null, null, null);
        world.resident(anna);
        queries = new ListingQueries(world.ports(), world.settings, world.clock);
        PersonId other = adultId(200);
        world.resident(other);
        stores.addListing(other, ListingTypeCode.PV, full.id(), OWN, null, NOW.minusYears(1), ListingReason.ACTIVE_CHOICE);
        // 73 places freed during the last 365 days at the full unit.
        for (int i = 0; i < 73; i++) {
            stores.addEndedListing(adultId(300 + i), ListingTypeCode.PV, full.id(), NOW.minusYears(2), NOW.minusDays(10));
        }
    }

    @Test
    void residentSeesListingWithDoctorAndQueuePlaceWithFiguresAndRemainingChanges() {
        stores.addListing(anna, ListingTypeCode.PV, norr.id(), OWN, doctor.id(), NOW.minusMonths(6), ListingReason.ACTIVE_CHOICE);
        stores.addQueuePlace(adultId(201), full.id(), ListingTypeCode.PV, NOW.minusDays(5));
        stores.addQueuePlace(anna, full.id(), ListingTypeCode.PV, NOW.minusDays(1));
        stores.ledger.record(anna, ListingTypeCode.PV, NOW.minusMonths(6), "x");

        Answers.Listings answer = queries.listings(Actor.citizen(anna), anna);

        assertThat(answer.outcome().code()).isEqualTo(ResultCode.OK);
        assertThat(answer.listings()).hasSize(2);
        ListingView listing = answer.listings().get(0);
        assertThat(listing.inQueue()).isFalse();
        assertThat(listing.validFrom()).isEqualTo(NOW.minusMonths(6));
        assertThat(listing.listingType().displayName()).isEqualTo("Primärvårdslistning");
        assertThat(listing.facility().name()).isEqualTo("Övertorneå hälsocentral");
        assertThat(listing.doctor().name()).isEqualTo("Åke Örjan André Mäkitalo");
        assertThat(listing.remainingChanges()).isEqualTo(1);
        ListingView queued = answer.listings().get(1);
        assertThat(queued.inQueue()).isTrue();
        assertThat(queued.queuePosition()).isEqualTo(2);
        assertThat(queued.estimatedWaitDays()).isEqualTo(10); // ceil(2 * 365 / 73)
        assertThat(queued.facility().hasQueue()).isTrue();
        assertThat(queued.facility().queueLength()).isEqualTo(2);
        assertThat(queued.facility().estimatedWaitDays()).isEqualTo(15); // position 3 for a newcomer
    }

    @Test
    void visitorsGetNoRemainingChangesAndElsewhereRecordsAreNotShown() {
        PersonId visitor = adultId(700);
        world.visitor(visitor, OTHER);
        stores.addListing(visitor, ListingTypeCode.PV, norr.id(), OWN, null, NOW.minusMonths(1), ListingReason.ACTIVE_CHOICE);
        PersonId away = adultId(701);
        world.resident(away);
        stores.addListing(away, ListingTypeCode.PV, null, OTHER, null, NOW.minusMonths(1), ListingReason.LISTED_IN_OTHER_REGION);

        assertThat(queries.listings(Actor.citizen(visitor), visitor).listings()).singleElement()
                .satisfies(v -> assertThat(v.remainingChanges()).isNull());
        assertThat(queries.listings(Actor.citizen(away), away).listings()).isEmpty();
    }

    @Test
    void disclosureFollowsTheActor() {
        PersonId child = childId(500);
        PersonId guardian = adultId(501);
        world.resident(child, guardian);
        stores.addListing(child, ListingTypeCode.PV, norr.id(), OWN, null, NOW.minusMonths(1), ListingReason.ACTIVE_CHOICE);

        assertThat(queries.listings(Actor.guardian(guardian), child).listings()).hasSize(1);
        assertThat(queries.listings(Actor.guardian(anna), child).listings()).isEmpty();
        assertThat(queries.listings(Actor.citizen(anna), child).listings()).isEmpty();
        assertThat(queries.listings(Actor.organisation(ActorType.REGION, HsaId.of("SE2321000016-0001")), child)
                .listings()).hasSize(1);
        assertThat(queries.listings(Actor.organisation(ActorType.HEALTHCARE_ADVISER, HsaId.of("SE1177")), child)
                .listings()).hasSize(1);
        Answers.Listings ownProvider = queries.listings(
                Actor.organisation(ActorType.PRIVATE_CAREGIVER, HsaId.of("se2321000016")), child);
        assertThat(ownProvider.listings()).hasSize(1);
        Answers.Listings otherProvider = queries.listings(
                Actor.organisation(ActorType.SELF_OWNED_CAREGIVER, HsaId.of("SE2321000099")), child);
        assertThat(otherProvider.outcome().code()).isEqualTo(ResultCode.OK);
        assertThat(otherProvider.listings()).isEmpty();
    }

    @Test
    void unknownPersonGetsAnEmptyOkAnswer() {
        Answers.Listings answer = queries.listings(Actor.citizen(adultId(999)), adultId(999));
        assertThat(answer.outcome().code()).isEqualTo(ResultCode.OK);
        assertThat(answer.listings()).isEmpty();
    }

    @Test
    void listingCountiesOfAResidentOwnAndElsewhereButNotQueues() {
        stores.addListing(anna, ListingTypeCode.PV, null, OTHER, null, NOW.minusMonths(1), ListingReason.LISTED_IN_OTHER_REGION);
        stores.addListing(anna, TestWorld.CHILD, norr.id(), OWN, null, NOW.minusMonths(1), ListingReason.ACTIVE_CHOICE);

        assertThat(queries.listingCounties(Actor.citizen(anna), anna).counties()).containsExactly(OWN, OTHER);

        PersonId queuedOnly = adultId(702);
        world.resident(queuedOnly);
        stores.addQueuePlace(queuedOnly, full.id(), ListingTypeCode.PV, NOW);
        assertThat(queries.listingCounties(Actor.citizen(queuedOnly), queuedOnly).counties()).isEmpty();
    }

    @Test
    void listingCountiesAreNotAnsweredForNonResidents() {
        PersonId visitor = adultId(703);
        world.visitor(visitor, OTHER);
        stores.addListing(visitor, ListingTypeCode.PV, norr.id(), OWN, null, NOW.minusMonths(1), ListingReason.ACTIVE_CHOICE);

        Answers.ListingCounties answer = queries.listingCounties(Actor.citizen(visitor), visitor);

        assertThat(answer.outcome().code()).isEqualTo(ResultCode.OK);
        assertThat(answer.counties()).isEmpty();
    }

    @Test
    void aCareProviderSeesTheCountyOnlyWhenThePersonIsListedWithIt() {
        stores.addListing(anna, ListingTypeCode.PV, norr.id(), OWN, null, NOW.minusMonths(1), ListingReason.ACTIVE_CHOICE);

        assertThat(queries.listingCounties(Actor.organisation(ActorType.PRIVATE_CAREGIVER, HsaId.of("SE2321000016")),
                anna).counties()).containsExactly(OWN);
        assertThat(queries.listingCounties(Actor.organisation(ActorType.PRIVATE_CAREGIVER, HsaId.of("SE2321000099")),
                anna).counties()).isEmpty();
    }
}
