package se.listning.region.testing;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import se.listning.region.config.RegionProperties;
import se.listning.region.persistence.JdbcListingTypeStore;
import se.listning.region.staff.security.StaffUsers;

/** Registers {@link Fixtures} and {@link StaffFixtures} in an integration-test context. */
@TestConfiguration(proxyBeanMethods = false)
public class FixturesConfig {

    @Bean
    Fixtures fixtures(JdbcClient jdbc, JdbcListingTypeStore listingTypes, RegionProperties properties) {
        return new Fixtures(jdbc, listingTypes, properties.county());
    }

    @Bean
    StaffFixtures staffFixtures(StaffUsers users, PasswordEncoder encoder) {
        return new StaffFixtures(users, encoder);
    }
}
