package se.listning.domain.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static se.listning.domain.testing.TestWorld.NOW;
import static se.listning.domain.testing.TestWorld.OTHER;
import static se.listning.domain.testing.TestWorld.OWN;
import static se.listning.domain.testing.TestWorld.adultId;
import static se.listning.domain.testing.TestWorld.childId;
import static se.listning.domain.testing.TestWorld.counties;
import static se.listning.domain.testing.TestWorld.create;
import static se.listning.domain.testing.TestWorld.queueing;
import static se.listning.domain.testing.TestWorld.withDoctor;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import se.listning.domain.api.CreateListingCommand;
import se.listning.domain.api.Outcome;
import se.listning.domain.api.ResultCode;
import se.listning.domain.identity.Actor;
import se.listning.domain.identity.ActorType;
import se.listning.domain.identity.CountyCode;
import se.listning.domain.identity.HsaId;
import se.listning.domain.identity.ListingTypeCode;
import se.listning.domain.identity.PersonId;
import se.listning.domain.model.Doctor;
import se.listning.domain.model.Facility;
import se.listning.domain.model.Listing;
import se.listning.domain.model.ListingReason;
import se.listning.domain.model.Person;
import se.listning.domain.port.RegionSettings;
import se.listning.domain.testing.InMemoryStores;
import se.listning.domain.testing.TestWorld;

class CreateListingUseCaseTest {

    TestWorld world;
    InMemoryStores stores;
    Facility norr;
    Facility soder;
    PersonId anna = adultId(123);

    @BeforeEach
    void setUp() {
        world = new TestWorld();
        stores = world.stores;
        norr = world.facility("SE2321000016-NORR", "Vårdcentralen Norr", null, false, true, ListingTypeCode.PV,
                TestWorld.CHILD, TestWorld.SHARED);
        soder = world.facility("SE2321000016-SODER", "Vårdcentralen Söder", null, false, false);
        world.resident(anna);
    }

    Outcome run(CreateListingCommand command) {
        return new CreateListingUseCase(world.ports(), world.settings, world.clock).execute(command);
    }

    Listing onlyActive(PersonId person) {
        List<Listing> active = stores.activeListings(person);
        assertThat(active).hasSize(1);
        return active.get(0);
    }

    @Test
    void firstListingOfResidentIsOkCountsNothingAndLocksPersonBeforeFacility() {
        Outcome outcome = run(create(anna, norr));

        assertThat(outcome.code()).isEqualTo(ResultCode.OK);
        assertThat(outcome.text()).contains("Vårdcentralen Norr");
        Listing listing = onlyActive(anna);
        assertThat(listing.facility()).isEqualTo(norr.id());
        assertThat(listing.listingCounty()).isEqualTo(OWN);
        assertThat(listing.startReason()).isEqualTo(ListingReason.ACTIVE_CHOICE);
        assertThat(listing.validFrom()).isEqualTo(NOW);
        assertThat(stores.counted).isEmpty();
        assertThat(stores.notices).isEmpty();
        assertThat(stores.lockLog).containsExactly("person:" + anna.value(), "facility:" + norr.id().key());
    }

    @Test
    void facilityIdIsMatchedCaseInsensitively() {
        CreateListingCommand lowerCase = new CreateListingCommand(Actor.citizen(anna), anna,
                HsaId.of("se2321000016-norr"), ListingTypeCode.PV, Optional.empty(), false, Optional.empty(),
                Optional.empty(), OWN);

        assertThat(run(lowerCase).code()).isEqualTo(ResultCode.OK);
    }

    @Test
    void homeCountyEqualToOwnCountyBehavesAsOmitted() {
        assertThat(run(counties(create(anna, norr), OWN, OWN)).code()).isEqualTo(ResultCode.OK);
        assertThat(stores.notices).isEmpty();
    }

    @Nested
    class Relisting {

        @BeforeEach
        void listedAtNorr() {
            stores.addListing(anna, ListingTypeCode.PV, norr.id(), OWN, null, NOW.minusYears(2), ListingReason.ACTIVE_CHOICE);
        }

        @Test
        void movingToAnotherUnitEndsThePreviousListingAndCountsOnce() {
            assertThat(run(create(anna, soder)).code()).isEqualTo(ResultCode.OK);

            assertThat(onlyActive(anna).facility()).isEqualTo(soder.id());
            assertThat(stores.history(anna)).filteredOn(r -> !r.active())
                    .singleElement().satisfies(r -> assertThat(r.endReason).isEqualTo(ListingReason.RELISTED));
            assertThat(stores.counted).hasSize(1);
        }

        @Test
        void capReachedInTheRollingWindowIsRefusedAndChangesNothing() {
            stores.ledger.record(anna, ListingTypeCode.PV, NOW.minusMonths(11), "test");
            stores.ledger.record(anna, ListingTypeCode.PV, NOW.minusMonths(2), "test");

            Outcome outcome = run(create(anna, soder));

            assertThat(outcome.code()).isEqualTo(ResultCode.ERROR_MAXIMUM_ANNUAL_UPDATES_EXCEEDED);
            assertThat(outcome.text()).isEqualTo(
                    "Du har redan gjort det högsta tillåtna antalet omlistningar (2) under de senaste 12 månaderna.");
            assertThat(onlyActive(anna).facility()).isEqualTo(norr.id());
            assertThat(stores.counted).hasSize(2);
        }

        @Test
        void relistingsOlderThanTheWindowDoNotCount() {
            stores.ledger.record(anna, ListingTypeCode.PV, NOW.minusMonths(13), "test");
            stores.ledger.record(anna, ListingTypeCode.PV, NOW.minusMonths(2), "test");

            assertThat(run(create(anna, soder)).code()).isEqualTo(ResultCode.OK);
        }

        @Test
        void anExemptionGrantedInTheWindowRaisesTheCap() {
            stores.ledger.record(anna, ListingTypeCode.PV, NOW.minusMonths(3), "test");
            stores.ledger.record(anna, ListingTypeCode.PV, NOW.minusMonths(2), "test");
            stores.ledger.grantExemption(anna, ListingTypeCode.PV, NOW.minusDays(1), "handläggare", "flytt");

            assertThat(run(create(anna, soder)).code()).isEqualTo(ResultCode.OK);
        }

        @Test
        void alreadyListedThereWithoutDoctorIsInfoAndCountsNothing() {
            Outcome outcome = run(create(anna, norr));

            assertThat(outcome.code()).isEqualTo(ResultCode.INFO);
            assertThat(outcome.text()).contains("redan listad på Vårdcentralen Norr");
            assertThat(stores.counted).isEmpty();
        }

        @Test
        void choosingADoctorWhereListedNeverCountsEvenAtTheCap() {
            Doctor doctor = world.doctor("SE2321000016-DR01", norr, "Åsa Öberg", null, null, null);
            stores.ledger.record(anna, ListingTypeCode.PV, NOW.minusMonths(3), "test");
            stores.ledger.record(anna, ListingTypeCode.PV, NOW.minusMonths(2), "test");

            Outcome outcome = run(withDoctor(create(anna, norr), doctor));

            assertThat(outcome.code()).isEqualTo(ResultCode.OK);
            assertThat(outcome.text()).contains("Åsa Öberg");
            assertThat(onlyActive(anna).doctor()).isEqualTo(doctor.id());
            assertThat(stores.counted).hasSize(2);
        }
    }

    @Nested
    class CapacityAndQueue {

        Facility full;

        @BeforeEach
        void fullFacility() {
            full = world.facility("SE2321000016-FULL", "Hälsocentralen Full", 1, true, false);
            PersonId other = adultId(200);
            world.resident(other);
            stores.addListing(other, ListingTypeCode.PV, full.id(), OWN, null, NOW.minusYears(1), ListingReason.ACTIVE_CHOICE);
        }

        @Test
        void fullFacilityWithoutQueueRequestIsRefusedAndMentionsTheQueue() {
            Outcome outcome = run(create(anna, full));

            assertThat(outcome.code()).isEqualTo(ResultCode.ERROR_MAXIMUM_CITIZEN_REACHED_ON_CAREUNIT);
            assertThat(outcome.text()).contains("kö");
            assertThat(stores.activeListings(anna)).isEmpty();
        }

        @Test
        void addToQueueAtAFullFacilityWithQueueQueuesWithoutListingCountingOrNotifying() {
            Outcome outcome = run(queueing(create(anna, full), true));

            assertThat(outcome.code()).isEqualTo(ResultCode.OK);
            assertThat(outcome.text()).contains("plats 1 i kön");
            assertThat(stores.activeQueue(anna)).singleElement()
                    .satisfies(q -> assertThat(q.facility()).isEqualTo(full.id()));
            assertThat(stores.activeListings(anna)).isEmpty();
            assertThat(stores.counted).isEmpty();
            assertThat(stores.notices).isEmpty();
        }

        @Test
        void addToQueueWhereNoQueueIsOfferedIsRefused() {
            Facility noQueue = world.facility("SE2321000016-NOQ", "Vårdcentralen Utan Kö", 0, false, false);

            Outcome outcome = run(queueing(create(anna, noQueue), true));

            assertThat(outcome.code()).isEqualTo(ResultCode.ERROR_MAXIMUM_CITIZEN_REACHED_ON_CAREUNIT);
            assertThat(outcome.text()).contains("ingen kö");
            assertThat(stores.activeQueue(anna)).isEmpty();
        }

        @Test
        void noQueueJumpingANewcomerIsRefusedWhileSomeoneQueuesForAFreePlace() {
            Facility two = world.facility("SE2321000016-TWO", "Vårdcentralen Två", 2, true, false);
            PersonId listed = adultId(201);
            PersonId queued = adultId(202);
            world.resident(listed);
            world.resident(queued);
            stores.addListing(listed, ListingTypeCode.PV, two.id(), OWN, null, NOW.minusYears(1), ListingReason.ACTIVE_CHOICE);
            stores.addQueuePlace(queued, two.id(), ListingTypeCode.PV, NOW.minusDays(3));

            assertThat(run(create(anna, two)).code()).isEqualTo(ResultCode.ERROR_MAXIMUM_CITIZEN_REACHED_ON_CAREUNIT);
        }

        @Test
        void leavingTheQueueWithAddToQueueFalseIsOkAndCountsNothing() {
            run(queueing(create(anna, full), true));

            Outcome outcome = run(queueing(create(anna, full), false));

            assertThat(outcome.code()).isEqualTo(ResultCode.OK);
            assertThat(outcome.text()).contains("lämnat kön");
            assertThat(stores.activeQueue(anna)).isEmpty();
            assertThat(stores.queueRows).singleElement().satisfies(r -> assertThat(r.leaveReason).isEqualTo("LEFT"));
            assertThat(stores.counted).isEmpty();
        }

        @Test
        void askingToQueueAgainIsInfoWithThePosition() {
            run(queueing(create(anna, full), true));

            Outcome outcome = run(queueing(create(anna, full), true));

            assertThat(outcome.code()).isEqualTo(ResultCode.INFO);
            assertThat(outcome.text()).contains("plats 1");
            assertThat(stores.activeQueue(anna)).hasSize(1);
        }

        @Test
        void listingElsewhereRemovesTheQueuePlaceOfThatType() {
            run(queueing(create(anna, full), true));

            assertThat(run(create(anna, soder)).code()).isEqualTo(ResultCode.OK);

            assertThat(stores.activeQueue(anna)).isEmpty();
            assertThat(stores.queueRows).singleElement()
                    .satisfies(r -> assertThat(r.leaveReason).isEqualTo("LISTED_ELSEWHERE"));
        }
    }

    @Nested
    class RequestChecks {

        @Test
        void unknownFacilityIsAnErrorWithText() {
            Outcome outcome = run(new CreateListingCommand(Actor.citizen(anna), anna, HsaId.of("SE12345-NA"),
                    ListingTypeCode.PV, Optional.empty(), false, Optional.empty(), Optional.empty(), OWN));

            assertThat(outcome.code()).isEqualTo(ResultCode.ERROR);
            assertThat(outcome.text()).contains("SE12345-NA").contains("Region Stockholm");
        }

        @Test
        void nonListableFacilityIsAnError() {
            Facility closed = new Facility(HsaId.of("SE2321000016-STANGD"), "Stängd vårdcentral", false, null, false,
                    false, List.of());
            stores.facilityMap.put(closed.id(), closed);

            assertThat(run(create(anna, closed)).code()).isEqualTo(ResultCode.ERROR);
        }

        @Test
        void newListingCountyOtherThanTheAddressedRegionIsAnError() {
            Outcome outcome = run(counties(create(anna, norr), null, CountyCode.of("13")));

            assertThat(outcome.code()).isEqualTo(ResultCode.ERROR);
            assertThat(outcome.text()).contains("13");
            assertThat(stores.activeListings(anna)).isEmpty();
        }

        @Test
        void unknownListingTypeIsAnError() {
            Outcome outcome = run(create(Actor.citizen(anna), anna, norr, new ListingTypeCode("X", "Y")));

            assertThat(outcome.code()).isEqualTo(ResultCode.ERROR);
        }

        @Test
        void facilityThatDoesNotOfferTheTypeIsAnError() {
            Outcome outcome = run(create(Actor.citizen(anna), anna, soder, TestWorld.SHARED));

            assertThat(outcome.code()).isEqualTo(ResultCode.ERROR);
            assertThat(outcome.text()).contains("Vårdcentralen Söder").contains("Mälardalslistning");
        }

        @Test
        void ageOutsideTheTypesRangeIsAgeLimit() {
            Outcome outcome = run(create(Actor.citizen(anna), anna, norr, TestWorld.CHILD));

            assertThat(outcome.code()).isEqualTo(ResultCode.ERROR_AGE_LIMIT);
            assertThat(outcome.text()).contains("Barnhälsovård").contains("mellan 0 och 6 år");
        }

        @Test
        void unknownPersonWithoutHomeCountyIsAnError() {
            PersonId stranger = adultId(300);

            Outcome outcome = run(create(stranger, norr));

            assertThat(outcome.code()).isEqualTo(ResultCode.ERROR);
            assertThat(outcome.text()).contains("inte folkbokförd");
            assertThat(stores.persons).doesNotContainKey(stranger);
        }

        @Test
        void knownVisitorWithoutHomeCountyIsAnError() {
            PersonId visitor = adultId(301);
            world.visitor(visitor, OTHER);

            Outcome outcome = run(create(visitor, norr));

            assertThat(outcome.code()).isEqualTo(ResultCode.ERROR);
            assertThat(outcome.text()).contains("homeCounty");
        }

        @Test
        void deceasedPersonIsRefused() {
            PersonId dead = adultId(302);
            stores.persons.put(dead, new Person(dead, OWN, true, false, true, List.of()));

            assertThat(run(create(dead, norr)).code()).isEqualTo(ResultCode.ERROR);
            assertThat(stores.activeListings(dead)).isEmpty();
        }
    }

    @Nested
    class Actors {

        @Test
        void organisationActorsAreRefusedByDefault() {
            Actor region = Actor.organisation(ActorType.REGION, HsaId.of("SE2321000016-REG"));

            Outcome outcome = run(create(region, anna, norr, ListingTypeCode.PV));

            assertThat(outcome.code()).isEqualTo(ResultCode.ERROR);
            assertThat(outcome.text()).contains("REGION");
        }

        @Test
        void organisationActorsMayListWhenTheRegionAllowsItAsStaffRegistration() {
            RegionSettings d = RegionSettings.defaults(OWN);
            world = new TestWorld(new RegionSettings(OWN, d.relistingWindowMonths(), d.countedReasons(), true,
                    d.guardianConsentWindowDays(), d.queueOutflowWindowDays()));
            stores = world.stores;
            norr = world.facility("SE2321000016-NORR", "Vårdcentralen Norr", null, false, false);
            world.resident(anna);
            Actor adviser = Actor.organisation(ActorType.HEALTHCARE_ADVISER, HsaId.of("SE2321000016-1177"));

            assertThat(run(create(adviser, anna, norr, ListingTypeCode.PV)).code()).isEqualTo(ResultCode.OK);
            assertThat(onlyActive(anna).startReason()).isEqualTo(ListingReason.STAFF_REGISTRATION);
        }

        @Test
        void staffWithASignedPaperFormListAsStaffRegistrationFromTheForm() {
            Actor staff = Actor.organisation(ActorType.REGION, HsaId.of("SE2321000016-S0001"));

            Outcome outcome = run(paperForm(create(staff, anna, norr, ListingTypeCode.PV)));

            assertThat(outcome.code()).isEqualTo(ResultCode.OK);
            assertThat(onlyActive(anna).startReason()).isEqualTo(ListingReason.STAFF_REGISTRATION);
            assertThat(stores.history(anna)).singleElement()
                    .satisfies(r -> assertThat(r.source).isEqualTo(CreateListingCommand.PAPER_FORM_SOURCE));
        }

        @Test
        void aSignedPaperFormLetsOnlyTheRegionActorThrough() {
            Actor adviser = Actor.organisation(ActorType.HEALTHCARE_ADVISER, HsaId.of("SE2321000016-1177"));

            assertThat(run(paperForm(create(adviser, anna, norr, ListingTypeCode.PV))).code()).isEqualTo(ResultCode.ERROR);
            assertThat(stores.activeListings(anna)).isEmpty();
        }

        @Test
        void aPaperFormDoesNotJumpTheRulesFullUnitAndRelistingCap() {
            Actor staff = Actor.organisation(ActorType.REGION, HsaId.of("SE2321000016-S0001"));
            Facility full = world.facility("SE2321000016-FULL", "Vårdcentralen Full", 0, true, false);
            assertThat(run(paperForm(create(staff, anna, full, ListingTypeCode.PV))).code())
                    .isEqualTo(ResultCode.ERROR_MAXIMUM_CITIZEN_REACHED_ON_CAREUNIT);
            assertThat(stores.activeListings(anna)).isEmpty();

            stores.addListing(anna, ListingTypeCode.PV, soder.id(), OWN, null, NOW.minusYears(1), ListingReason.ACTIVE_CHOICE);
            stores.ledger.record(anna, ListingTypeCode.PV, NOW.minusMonths(3), "test");
            stores.ledger.record(anna, ListingTypeCode.PV, NOW.minusMonths(2), "test");
            assertThat(run(paperForm(create(staff, anna, norr, ListingTypeCode.PV))).code())
                    .isEqualTo(ResultCode.ERROR_MAXIMUM_ANNUAL_UPDATES_EXCEEDED);
            assertThat(onlyActive(anna).facility()).isEqualTo(soder.id());
        }

        private CreateListingCommand paperForm(CreateListingCommand c) {
            return new CreateListingCommand(c.actor(), c.person(), c.facility(), c.listingType(), c.doctor(),
                    c.addToQueue(), c.homeCounty(), c.newListingCounty(), c.addressedCounty(), true);
        }

        @Test
        void aCitizenMayOnlyListHimself() {
            PersonId bertil = adultId(400);
            world.resident(bertil);

            Outcome outcome = run(create(Actor.citizen(anna), bertil, norr, ListingTypeCode.PV));

            assertThat(outcome.code()).isEqualTo(ResultCode.ERROR);
            assertThat(stores.activeListings(bertil)).isEmpty();
        }

        @Test
        void aMinorActingAsCitizenNeedsGuardianConsent() {
            PersonId child = childId(500);
            world.resident(child, adultId(501));

            Outcome outcome = run(create(child, norr));

            assertThat(outcome.code()).isEqualTo(ResultCode.ERROR_GUARDIAN_CONSENT_NEEDED);
            assertThat(stores.activeListings(child)).isEmpty();
        }

        @Test
        void aGuardianMustBeRegistered() {
            PersonId child = childId(502);
            world.resident(child, adultId(503));

            Outcome outcome = run(create(Actor.guardian(anna), child, norr, ListingTypeCode.PV));

            assertThat(outcome.code()).isEqualTo(ResultCode.ERROR);
            assertThat(outcome.text()).contains("vårdnadshavare");
        }

        @Test
        void theOnlyGuardianListsTheChild() {
            PersonId child = childId(504);
            world.resident(child, anna);

            assertThat(run(create(Actor.guardian(anna), child, norr, TestWorld.CHILD)).code()).isEqualTo(ResultCode.OK);
            assertThat(onlyActive(child).listingType()).isEqualTo(TestWorld.CHILD);
        }

        @Test
        void twoGuardiansMustBothAskFirstRequestIsKeptPending() {
            PersonId other = adultId(505);
            world.resident(other);
            PersonId child = childId(506);
            world.resident(child, anna, other);

            Outcome first = run(create(Actor.guardian(anna), child, norr, ListingTypeCode.PV));

            assertThat(first.code()).isEqualTo(ResultCode.ERROR_GUARDIAN_CONSENT_NEEDED);
            assertThat(first.text()).contains("30 dagar");
            assertThat(stores.pendingRequests).singleElement()
                    .satisfies(p -> assertThat(p.guardian()).isEqualTo(anna));
            assertThat(stores.activeListings(child)).isEmpty();

            Outcome second = run(create(Actor.guardian(other), child, norr, ListingTypeCode.PV));

            assertThat(second.code()).isEqualTo(ResultCode.OK);
            assertThat(onlyActive(child).facility()).isEqualTo(norr.id());
            assertThat(stores.pendingRequests).isEmpty();
        }

        @Test
        void theOtherGuardiansRequestForAnotherFacilityDoesNotComplete() {
            PersonId other = adultId(507);
            world.resident(other);
            PersonId child = childId(508);
            world.resident(child, anna, other);
            run(create(Actor.guardian(anna), child, norr, ListingTypeCode.PV));

            Outcome second = run(create(Actor.guardian(other), child, soder, ListingTypeCode.PV));

            assertThat(second.code()).isEqualTo(ResultCode.ERROR_GUARDIAN_CONSENT_NEEDED);
            assertThat(stores.activeListings(child)).isEmpty();
        }

        @Test
        void aPendingRequestOlderThanTheWindowNoLongerCounts() {
            PersonId other = adultId(509);
            world.resident(other);
            PersonId child = childId(510);
            world.resident(child, anna, other);
            stores.consentStore.recordRequest(child, anna, norr.id(), ListingTypeCode.PV, NOW.minusDays(31));

            Outcome second = run(create(Actor.guardian(other), child, norr, ListingTypeCode.PV));

            assertThat(second.code()).isEqualTo(ResultCode.ERROR_GUARDIAN_CONSENT_NEEDED);
        }
    }

    @Nested
    class Doctors {

        @Test
        void validDoctorChoiceIsStoredWithTheListing() {
            Doctor doctor = world.doctor("SE2321000016-DR02", norr, "Örjan Mäkitalo", 10, null, null);

            Outcome outcome = run(withDoctor(create(anna, norr), doctor));

            assertThat(outcome.code()).isEqualTo(ResultCode.OK);
            assertThat(outcome.text()).contains("Örjan Mäkitalo").contains("fast läkarkontakt");
            assertThat(onlyActive(anna).doctor()).isEqualTo(doctor.id());
        }

        @Test
        void doctorOfAnotherFacilityIsNotChoosable() {
            Facility third = world.facility("SE2321000016-TRE", "Vårdcentralen Tre", null, false, true);
            Doctor elsewhere = world.doctor("SE2321000016-DR03", third, "Karin Ek", null, null, null);

            assertThat(run(withDoctor(create(anna, norr), elsewhere)).code()).isEqualTo(ResultCode.ERROR);
            assertThat(stores.activeListings(anna)).isEmpty();
        }

        @Test
        void doctorWithFullPatientListIsRefused() {
            Doctor busy = world.doctor("SE2321000016-DR04", norr, "Lars Berg", 1, null, null);
            PersonId other = adultId(600);
            world.resident(other);
            stores.addListing(other, ListingTypeCode.PV, norr.id(), OWN, busy.id(), NOW.minusYears(1),
                    ListingReason.ACTIVE_CHOICE);

            Outcome outcome = run(withDoctor(create(anna, norr), busy));

            assertThat(outcome.code()).isEqualTo(ResultCode.ERROR);
            assertThat(outcome.text()).contains("Lars Berg");
        }

        @Test
        void doctorOutsideHisAgeRangeIsAgeLimit() {
            Doctor paediatrician = world.doctor("SE2321000016-DR05", norr, "Eva Barn", null, 0, 17);

            assertThat(run(withDoctor(create(anna, norr), paediatrician)).code()).isEqualTo(ResultCode.ERROR_AGE_LIMIT);
        }

        @Test
        void facilityWithoutDoctorChoiceRefusesADoctor() {
            Doctor doctor = world.doctor("SE2321000016-DR06", soder, "Per Söder", null, null, null);

            assertThat(run(withDoctor(create(anna, soder), doctor)).code()).isEqualTo(ResultCode.ERROR);
        }
    }

    @Nested
    class CrossCounty {

        PersonId visitor = adultId(700);

        @Test
        void visitorIsRegisteredListedAndTheHomeRegionIsNotified() {
            Outcome outcome = run(counties(create(visitor, norr), OTHER, OWN));

            assertThat(outcome.code()).isEqualTo(ResultCode.OK);
            assertThat(stores.persons.get(visitor).resident()).isFalse();
            assertThat(onlyActive(visitor).facility()).isEqualTo(norr.id());
            assertThat(stores.notices).containsExactly(
                    new InMemoryStores.Notice(OTHER, visitor, OWN, OTHER, Optional.empty()));
            assertThat(stores.counted).isEmpty();
        }

        @Test
        void aVisitorsRelistingHereIsNotCountedHereTheHomeRegionCounts() {
            world.visitor(visitor, OTHER);
            stores.addListing(visitor, ListingTypeCode.PV, soder.id(), OWN, null, NOW.minusYears(1), ListingReason.ACTIVE_CHOICE);
            stores.ledger.record(visitor, ListingTypeCode.PV, NOW.minusMonths(1), "x");
            stores.ledger.record(visitor, ListingTypeCode.PV, NOW.minusMonths(1), "x");

            assertThat(run(counties(create(visitor, norr), OTHER, null)).code()).isEqualTo(ResultCode.OK);
            assertThat(stores.counted).hasSize(2);
            assertThat(stores.notices).hasSize(1);
        }

        @Test
        void aVisitorIsNotOfferedRegionalTypes() {
            PersonId child = childId(701);

            Outcome outcome = run(counties(create(Actor.guardian(visitor), child, norr, TestWorld.CHILD), OTHER, OWN));

            assertThat(outcome.code()).isEqualTo(ResultCode.ERROR);
            assertThat(stores.persons).doesNotContainKey(child);
        }

        @Test
        void aVisitorFromACollaboratingCountyGetsTheSharedTypeAndTheNoticeCarriesIt() {
            Outcome outcome = run(counties(create(Actor.citizen(visitor), visitor, norr, TestWorld.SHARED),
                    TestWorld.COLLABORATING, OWN));

            assertThat(outcome.code()).isEqualTo(ResultCode.OK);
            assertThat(stores.notices).containsExactly(new InMemoryStores.Notice(TestWorld.COLLABORATING, visitor, OWN,
                    TestWorld.COLLABORATING, Optional.of(TestWorld.SHARED)));
        }

        @Test
        void residentListedInAnotherRegionListsBackHomeThatRegionIsToldAndItCounts() {
            stores.addListing(anna, ListingTypeCode.PV, null, OTHER, null, NOW.minusYears(1),
                    ListingReason.LISTED_IN_OTHER_REGION);

            assertThat(run(create(anna, norr)).code()).isEqualTo(ResultCode.OK);

            assertThat(onlyActive(anna).facility()).isEqualTo(norr.id());
            assertThat(stores.notices).containsExactly(new InMemoryStores.Notice(OTHER, anna, OWN, OWN, Optional.empty()));
            assertThat(stores.counted).hasSize(1);
        }

        @Test
        void otherTypesOfAResidentStayUntouched() {
            PersonId child = childId(702);
            world.resident(child, anna);
            stores.addListing(child, TestWorld.CHILD, norr.id(), OWN, null, NOW.minusYears(1), ListingReason.ACTIVE_CHOICE);

            run(create(Actor.guardian(anna), child, soder, ListingTypeCode.PV));

            assertThat(stores.activeListings(child)).extracting(Listing::listingType)
                    .containsExactlyInAnyOrder(TestWorld.CHILD, ListingTypeCode.PV);
            assertThat(Set.copyOf(stores.counted)).isEmpty();
        }
    }
}
