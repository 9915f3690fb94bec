package se.listning.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static se.listning.domain.testing.TestWorld.NOW;
import static se.listning.domain.testing.TestWorld.adultId;
import static se.listning.domain.testing.TestWorld.childId;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.listning.domain.api.ResultCode;
import se.listning.domain.identity.Actor;
import se.listning.domain.identity.ActorType;
import se.listning.domain.identity.HsaId;
import se.listning.domain.identity.ListingTypeCode;
import se.listning.domain.identity.PersonId;
import se.listning.domain.model.Person;
import se.listning.domain.testing.TestWorld;

class GuardianConsentTest {

    TestWorld world = new TestWorld();
    GuardianConsent consent = new GuardianConsent(world.stores.consentStore, world.settings);
    PersonId mother = adultId(1);
    PersonId father = adultId(2);
    PersonId child = childId(3);
    HsaId unit = HsaId.of("SE1-VC");
    LocalDate today = NOW.toLocalDate();

    @Test
    void citizenActsOnlyForHimselfAndOnlyAsAnAdult() {
        assertThat(consent.actorRefusal(Actor.citizen(mother), mother, today)).isEmpty();
        assertThat(consent.actorRefusal(Actor.citizen(mother), father, today)).get()
                .satisfies(o -> assertThat(o.code()).isEqualTo(ResultCode.ERROR));
        assertThat(consent.actorRefusal(Actor.citizen(child), child, today)).get()
                .satisfies(o -> assertThat(o.code()).isEqualTo(ResultCode.ERROR_GUARDIAN_CONSENT_NEEDED));
        PersonId eighteenToday = TestWorld.pnr(today.minusYears(18), 4);
        assertThat(consent.actorRefusal(Actor.citizen(eighteenToday), eighteenToday, today)).isEmpty();
    }

    @Test
    void organisationActorsAreRefusedByDefault() {
        assertThat(consent.actorRefusal(Actor.organisation(ActorType.PRIVATE_CAREGIVER, unit), child, today)).get()
                .satisfies(o -> assertThat(o.text()).contains("PRIVATE_CAREGIVER"));
    }

    @Test
    void aRegionActorWithASignedPaperFormIsAllowedOtherOrganisationsAndNoFormAreNot() {
        Actor staff = Actor.organisation(ActorType.REGION, unit);
        assertThat(consent.actorRefusal(staff, child, today, true)).isEmpty();
        assertThat(consent.actorRefusal(staff, child, today, false)).isPresent();
        assertThat(consent.actorRefusal(Actor.organisation(ActorType.PRIVATE_CAREGIVER, unit), child, today, true))
                .isPresent();
        assertThat(consent.actorRefusal(Actor.citizen(mother), father, today, true)).isPresent();
    }

    @Test
    void guardianMustBeRegistered() {
        Person p = new Person(child, TestWorld.OWN, true, false, false, List.of(mother));
        assertThat(consent.guardianRefusal(Actor.guardian(mother), p)).isEmpty();
        assertThat(consent.guardianRefusal(Actor.guardian(father), p)).isPresent();
    }

    @Test
    void oneGuardianSufficesWhenThereIsOnlyOne() {
        Person p = new Person(child, TestWorld.OWN, true, false, false, List.of(mother));
        assertThat(consent.consentMissing(Actor.guardian(mother), p, unit, ListingTypeCode.PV, NOW)).isEmpty();
        assertThat(world.stores.pendingRequests).isEmpty();
    }

    @Test
    void bothGuardiansAreNeededARepeatedFirstRequestIsRecordedOnce() {
        Person p = new Person(child, TestWorld.OWN, true, false, false, List.of(mother, father));

        assertThat(consent.consentMissing(Actor.guardian(mother), p, unit, ListingTypeCode.PV, NOW)).isPresent();
        assertThat(consent.consentMissing(Actor.guardian(mother), p, unit, ListingTypeCode.PV, NOW.plusHours(1)))
                .isPresent();
        assertThat(world.stores.pendingRequests).hasSize(1);

        assertThat(consent.consentMissing(Actor.guardian(father), p, unit, ListingTypeCode.PV, NOW.plusDays(29)))
                .isEmpty();
        assertThat(world.stores.pendingRequests).isEmpty();
    }
}
