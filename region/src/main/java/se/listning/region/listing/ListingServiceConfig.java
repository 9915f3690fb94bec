package se.listning.region.listing;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import se.listning.domain.api.CareListingService;
import se.listning.domain.port.CrossCountyNotifier;
import se.listning.domain.port.FacilityStore;
import se.listning.domain.port.GuardianConsentStore;
import se.listning.domain.port.ListingStore;
import se.listning.domain.port.ListingTypeStore;
import se.listning.domain.port.PersonStore;
import se.listning.domain.port.Ports;
import se.listning.domain.port.QueueStore;
import se.listning.domain.port.RegionSettings;
import se.listning.domain.port.RelistingLedger;
import se.listning.domain.port.UnitOfWork;
import se.listning.domain.usecase.QueueAdvancer;
import se.listning.domain.usecase.RegionListingService;
import se.listning.region.audit.ListingWriteAudit;
import se.listning.region.audit.QueuePromotionAudit;

/**
 * Wires the domain's use cases to the JDBC adapters. The only {@link CareListingService} bean is the
 * transactional one: callers (SOAP responders, staff tools) never see the bare domain service.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class ListingServiceConfig {

    @Bean
    Ports ports(PersonStore persons, FacilityStore facilities, ListingTypeStore listingTypes, ListingStore listings,
                QueueStore queues, RelistingLedger relistings, GuardianConsentStore guardianConsents,
                CrossCountyNotifier notifier) {
        return new Ports(persons, facilities, listingTypes, listings, queues, relistings, guardianConsents, notifier);
    }

    @Bean
    CareListingService careListingService(Ports ports, RegionSettings settings, Clock clock,
                                          PlatformTransactionManager transactionManager, ListingWriteAudit audit) {
        return new TransactionalCareListingService(new RegionListingService(ports, settings, clock),
                new RetryingTransactions(transactionManager, TransactionDefinition.PROPAGATION_REQUIRED), audit);
    }

    @Bean
    UnitOfWork unitOfWork(PlatformTransactionManager transactionManager) {
        return new TransactionalUnitOfWork(
                new RetryingTransactions(transactionManager, TransactionDefinition.PROPAGATION_REQUIRES_NEW));
    }

    @Bean
    QueueAdvancer queueAdvancer(Ports ports, RegionSettings settings, Clock clock, UnitOfWork unitOfWork,
                                QueuePromotionAudit audit) {
        return new QueueAdvancer(audit.audited(ports), settings, clock, unitOfWork);
    }

    @Bean
    QueueAdvancement queueAdvancement(QueueAdvancer queueAdvancer) {
        return new QueueAdvancement(queueAdvancer);
    }
}
