package se.listning.region.testing;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.listning.region.config.RegionProperties;

/** Registers {@link Fixtures} in an integration-test context. */
@TestConfiguration(proxyBeanMethods = false)
public class FixturesConfig {

    @Bean
    Fixtures fixtures(JdbcClient jdbc, RegionProperties properties) {
        return new Fixtures(jdbc, properties.county());
    }
}
