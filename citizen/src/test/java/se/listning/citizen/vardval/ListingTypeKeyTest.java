package se.listning.citizen.vardval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ListingTypeKeyTest {

    @Test
    void writesAndParsesCodeAndCodeSystem() {
        ListingTypeKey bvc = new ListingTypeKey("BVC", "urn:listning:region:01:listningstyp");
        assertThat(ListingTypeKey.parse(bvc.key())).isEqualTo(bvc);
        assertThat(ListingTypeKey.parse("PV|1.2.752.129.5.1.27")).isEqualTo(ListingTypeKey.PV);
        assertThat(ListingTypeKey.PV.matches(ListingTypeKey.PV.toCv())).isTrue();
    }

    @Test
    void refusesWhatIsNotAType() {
        for (String bad : new String[] {null, "", "PV", "|x", "PV|", "P|V|x".repeat(100)}) {
            assertThatThrownBy(() -> ListingTypeKey.parse(bad)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
