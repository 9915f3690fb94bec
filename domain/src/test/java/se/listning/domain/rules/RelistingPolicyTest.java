package se.listning.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static se.listning.domain.testing.TestWorld.NOW;
import static se.listning.domain.testing.TestWorld.OWN;
import static se.listning.domain.testing.TestWorld.adultId;

import java.util.Set;
import org.junit.jupiter.api.Test;
import se.listning.domain.identity.ListingTypeCode;
import se.listning.domain.identity.PersonId;
import se.listning.domain.model.ListingReason;
import se.listning.domain.model.ListingType;
import se.listning.domain.port.RegionSettings;
import se.listning.domain.testing.TestWorld;

class RelistingPolicyTest {

    TestWorld world = new TestWorld();
    RelistingPolicy policy = new RelistingPolicy(world.stores.ledger, world.settings);
    ListingType pv = new ListingType(ListingTypeCode.PV, "PV", ListingType.Scope.NATIONAL, null, null, 2, Set.of());
    PersonId anna = adultId(1);

    @Test
    void countsOnlyAChangeOfUnitWithACountedReason() {
        assertThat(policy.counts(ListingReason.ACTIVE_CHOICE, false, true)).isTrue();
        assertThat(policy.counts(ListingReason.LISTED_IN_OTHER_REGION, false, true)).isTrue();
        assertThat(policy.counts(ListingReason.ACTIVE_CHOICE, true, true)).as("same unit").isFalse();
        assertThat(policy.counts(ListingReason.ACTIVE_CHOICE, false, false)).as("first listing").isFalse();
        assertThat(policy.counts(ListingReason.FROM_QUEUE, false, true)).as("not a default reason").isFalse();
        assertThat(policy.counts(ListingReason.GEOGRAPHIC_ASSIGNMENT, false, true)).isFalse();
    }

    @Test
    void remainingUsesARollingWindowAndExemptions() {
        world.stores.ledger.record(anna, ListingTypeCode.PV, NOW.minusMonths(12).minusDays(1), "old");
        world.stores.ledger.record(anna, ListingTypeCode.PV, NOW.minusMonths(12).plusDays(1), "recent");
        assertThat(policy.remaining(anna, pv, NOW)).isEqualTo(1);

        world.stores.ledger.record(anna, ListingTypeCode.PV, NOW.minusDays(1), "recent");
        assertThat(policy.remaining(anna, pv, NOW)).isZero();
        assertThat(policy.allowsAnother(anna, pv, NOW)).isFalse();

        world.stores.ledger.grantExemption(anna, ListingTypeCode.PV, NOW.minusDays(1), "staff", "reason");
        assertThat(policy.cap(anna, pv, NOW)).isEqualTo(3);
        assertThat(policy.remaining(anna, pv, NOW)).isEqualTo(1);
    }

    @Test
    void remainingIsNeverNegativeAndCountsPerType() {
        for (int i = 0; i < 4; i++) {
            world.stores.ledger.record(anna, ListingTypeCode.PV, NOW.minusDays(i), "x");
        }
        assertThat(policy.remaining(anna, pv, NOW)).isZero();
        ListingType child = new ListingType(TestWorld.CHILD, "Barn", ListingType.Scope.REGIONAL, 0, 6, 1, Set.of());
        assertThat(policy.remaining(anna, child, NOW)).isEqualTo(1);
    }

    @Test
    void theWindowLengthIsASetting() {
        RegionSettings d = RegionSettings.defaults(OWN);
        RelistingPolicy sixMonths = new RelistingPolicy(world.stores.ledger,
                new RegionSettings(OWN, 6, d.countedReasons(), false, 30, 365));
        world.stores.ledger.record(anna, ListingTypeCode.PV, NOW.minusMonths(7), "x");
        world.stores.ledger.record(anna, ListingTypeCode.PV, NOW.minusMonths(8), "x");

        assertThat(sixMonths.remaining(anna, pv, NOW)).isEqualTo(2);
        assertThat(policy.remaining(anna, pv, NOW)).isZero();
    }
}
