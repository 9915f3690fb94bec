package se.listning.region.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.listning.domain.identity.ListingTypeCode;
import se.listning.domain.model.ListingReason;
import se.listning.region.persistence.JdbcListingTypeStore;
import se.listning.region.testing.RegionIT;

class RelistingCapsIT extends RegionIT {

    @Autowired
    JdbcListingTypeStore listingTypes;

    @Test
    void theConfiguredCapReplacesTheStoredOneForThatTypeOnly() {
        ListingTypeCode type = fixtures.listingType().create();
        ListingTypeCode other = fixtures.listingType().create();

        new RelistingCaps(jdbc, listingTypes, properties(Map.of(type.code(), 3))).apply();

        assertThat(cap(type)).isEqualTo(3);
        assertThat(cap(other)).isEqualTo(2);
    }

    @Test
    void aNegativeCapStopsTheStart() {
        ListingTypeCode type = fixtures.listingType().create();

        assertThatThrownBy(() -> new RelistingCaps(jdbc, listingTypes, properties(Map.of(type.code(), -1))).apply())
                .hasMessageContaining("max-relistings." + type.code());
        assertThat(cap(type)).isEqualTo(2);
    }

    @Test
    void theNationalTypeComesWithTheSchema() {
        assertThat(jdbc.sql("select display_name from listing_type where code = 'PV' and code_system = :s")
                .param("s", ListingTypeCode.NATIONAL_CODE_SYSTEM).query(String.class).single())
                .isEqualTo("Primärvårdslistning");
    }

    private int cap(ListingTypeCode type) {
        return jdbc.sql("select max_relistings from listing_type where code = :c and code_system = :s")
                .param("c", type.code()).param("s", type.codeSystem()).query(Integer.class).single();
    }

    private static RegionProperties properties(Map<String, Integer> caps) {
        return new RegionProperties("01", Path.of("unused"), false, 0, new RegionProperties.Rules(12, false, 30, 365,
                Set.of(ListingReason.ACTIVE_CHOICE), caps));
    }
}
