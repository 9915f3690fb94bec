package se.listning.region.config;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.listning.domain.identity.CountyCode;
import se.listning.domain.port.RegionSettings;

/** The region's rule settings and clock as beans for the domain. */
@Configuration(proxyBeanMethods = false)
public class RegionConfig {

    /** Listing times are Swedish local time without offset, as the contracts carry them. */
    public static final ZoneId SWEDISH_TIME = ZoneId.of("Europe/Stockholm");

    @Bean
    RegionSettings regionSettings(RegionProperties properties) {
        RegionProperties.Rules rules = properties.rules();
        return new RegionSettings(
                CountyCode.of(properties.county()),
                rules.relistingWindowMonths(),
                rules.countedReasons(),
                rules.organisationActorsMayCreate(),
                rules.guardianConsentWindowDays(),
                rules.queueOutflowWindowDays());
    }

    @Bean
    Clock clock() {
        return Clock.system(SWEDISH_TIME);
    }
}
