package se.listning.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static se.listning.domain.testing.TestWorld.adultId;
import static se.listning.domain.testing.TestWorld.childId;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.listning.domain.identity.Actor;
import se.listning.domain.identity.ActorType;
import se.listning.domain.identity.HsaId;
import se.listning.domain.identity.PersonId;

class DisclosurePolicyTest {

    PersonId child = childId(1);
    PersonId guardian = adultId(2);
    HsaId unit = HsaId.of("SE2321000016-ABC");

    @Test
    void citizenSeesOnlyHimselfAndGuardianOnlyHisChildren() {
        assertThat(DisclosurePolicy.mayDisclose(Actor.citizen(child), child, List.of(), unit, true)).isTrue();
        assertThat(DisclosurePolicy.mayDisclose(Actor.citizen(guardian), child, List.of(guardian), unit, true)).isFalse();
        assertThat(DisclosurePolicy.mayDisclose(Actor.guardian(guardian), child, List.of(guardian), unit, true)).isTrue();
        assertThat(DisclosurePolicy.mayDisclose(Actor.guardian(adultId(3)), child, List.of(guardian), unit, true)).isFalse();
    }

    @Test
    void regionAndAdviserSeeEverything() {
        assertThat(DisclosurePolicy.mayDisclose(Actor.organisation(ActorType.REGION, HsaId.of("X")), child, List.of(),
                null, true)).isTrue();
        assertThat(DisclosurePolicy.mayDisclose(Actor.organisation(ActorType.HEALTHCARE_ADVISER, HsaId.of("X")), child,
                List.of(), unit, false)).isTrue();
    }

    @Test
    void careProvidersSeeOnlyListingsAtTheirOwnFacilities() {
        Actor provider = Actor.organisation(ActorType.PRIVATE_CAREGIVER, HsaId.of("se2321000016"));
        assertThat(DisclosurePolicy.mayDisclose(provider, child, List.of(), unit, true)).isTrue();
        assertThat(DisclosurePolicy.mayDisclose(provider, child, List.of(), unit, false)).as("queue place").isFalse();
        assertThat(DisclosurePolicy.mayDisclose(provider, child, List.of(), null, true)).as("elsewhere").isFalse();
        Actor selfOwned = Actor.organisation(ActorType.SELF_OWNED_CAREGIVER, HsaId.of("SE2321000016-ABC"));
        assertThat(DisclosurePolicy.mayDisclose(selfOwned, child, List.of(), unit, true)).isTrue();
    }

    @Test
    void aPrefixMustEndAtADash() {
        assertThat(DisclosurePolicy.belongsToCareProvider(unit, HsaId.of("SE2321000016"))).isTrue();
        assertThat(DisclosurePolicy.belongsToCareProvider(unit, HsaId.of("SE232100001"))).isFalse();
        assertThat(DisclosurePolicy.belongsToCareProvider(HsaId.of("SE2321000016-ABCD"), unit)).isFalse();
    }
}
