package se.listning.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.listning.domain.identity.PersonId;
import se.listning.domain.testing.TestWorld;

class AgeRuleTest {

    @Test
    void bothEndsAreInclusiveAndNullIsOpen() {
        AgeRule child = new AgeRule(0, 6);
        assertThat(child.allows(0)).isTrue();
        assertThat(child.allows(6)).isTrue();
        assertThat(child.allows(7)).isFalse();
        assertThat(new AgeRule(65, null).allows(64)).isFalse();
        assertThat(new AgeRule(65, null).allows(100)).isTrue();
        assertThat(new AgeRule(null, null).allows(120)).isTrue();
    }

    @Test
    void ageIsCountedOnTheBirthday() {
        PersonId born = TestWorld.pnr(LocalDate.of(2019, 3, 10), 11);
        AgeRule upToSix = new AgeRule(null, 6);
        assertThat(upToSix.allows(born, LocalDate.of(2026, 3, 9))).isTrue();
        assertThat(upToSix.allows(born, LocalDate.of(2026, 3, 10))).isFalse();
    }

    @Test
    void describesTheRangeInSwedish() {
        assertThat(new AgeRule(0, 6).describe()).isEqualTo("som är mellan 0 och 6 år");
        assertThat(new AgeRule(18, null).describe()).isEqualTo("som har fyllt 18 år");
        assertThat(new AgeRule(null, 17).describe()).isEqualTo("som är högst 17 år");
    }
}
