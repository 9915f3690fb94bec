package se.listning.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class HsaIdAndCountyCodeTest {

    @Test
    void hsaIdsAreEqualIgnoringCaseButKeepTheirSpelling() {
        HsaId lower = HsaId.of("se12345-xyz");
        HsaId upper = HsaId.of(" SE12345-XYZ ");
        assertThat(lower).isEqualTo(upper).hasSameHashCodeAs(upper);
        assertThat(Set.of(upper)).contains(lower);
        assertThat(lower.value()).isEqualTo("se12345-xyz");
        assertThat(upper.key()).isEqualTo("SE12345-XYZ");
        assertThatThrownBy(() -> HsaId.of(" ")).isInstanceOf(InvalidIdentifierException.class);
    }

    @Test
    void countyCodesAreTheTwentyOneRegions() {
        assertThat(CountyCode.of("01").regionName()).isEqualTo("Region Stockholm");
        assertThat(CountyCode.of(CountyCode.OID, "14").regionName()).isEqualTo("Västra Götalandsregionen");
        assertThat(CountyCode.isValid("02")).isFalse();
        assertThatThrownBy(() -> CountyCode.of("02")).isInstanceOf(InvalidIdentifierException.class);
        assertThatThrownBy(() -> CountyCode.of("1.2.3", "01")).hasMessageContaining(CountyCode.OID);
    }
}
