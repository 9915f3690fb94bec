package se.listning.region.crosscounty;

import java.time.Clock;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import se.listning.domain.api.CareListingService;
import se.listning.domain.port.FacilityRoster;
import se.listning.domain.port.PersonStore;
import se.listning.domain.port.OtherRegions;
import se.listning.domain.port.Ports;
import se.listning.domain.port.RegionSettings;
import se.listning.domain.port.UnitOfWork;
import se.listning.domain.port.FacilityStore;
import se.listning.domain.usecase.CloseFacilityUseCase;
import se.listning.domain.usecase.StaleNoticeCheck;

/**
 * Wiring of the cross-county side. The {@link CareListingService} callers get is the cross-county one
 * ({@code @Primary}), wrapping the transactional service of se.listning.region.listing.
 */
@Configuration(proxyBeanMethods = false)
public class CrossCountyConfig {

    @Bean
    @Primary
    CrossCountyCareListingService crossCountyCareListingService(
            @Qualifier("careListingService") CareListingService transactional, OutboxDelivery delivery,
            HomeRegionRefusals refusals, PersonStore persons, FacilityStore facilities, RegionSettings settings,
            Clock clock, CrossCountyProperties properties, Ports ports, OtherRegions otherRegions) {
        return new CrossCountyCareListingService(transactional, delivery, refusals, persons, facilities, settings,
                clock, properties, new StaleNoticeCheck(ports, settings, otherRegions));
    }

    @Bean
    CloseFacilityUseCase closeFacilityUseCase(Ports ports, RegionSettings settings, Clock clock, UnitOfWork unitOfWork,
                                              FacilityRoster roster) {
        return new CloseFacilityUseCase(ports, settings, clock, unitOfWork, roster);
    }
}
