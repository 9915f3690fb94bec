package se.listning.region.crosscounty;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the cross-county side (prefix {@code listning}; the county itself is {@code RegionProperties}').
 *
 * @param county      this region's county code (read here for the default system HSA-id)
 * @param systemHsaId this listing system's HSA-id as a consumer: sent as x-rivta-original-serviceconsumer-hsaid
 *                    and as the REGION actor of GetListingCounty; default {@code SE-REGION-<county>}
 * @param platform    how other regions are reached
 * @param outbox      delivery of UpdateListing notices
 * @param sync        the synchronisation job
 * @param refusals    how long GetListing tells a resident about a refused cross-county listing
 */
@ConfigurationProperties("listning")
public record CrossCountyProperties(
        @DefaultValue("01") String county,
        String systemHsaId,
        @DefaultValue Platform platform,
        @DefaultValue Outbox outbox,
        @DefaultValue Sync sync,
        @DefaultValue Refusals refusals) {

    public CrossCountyProperties {
        if (systemHsaId == null || systemHsaId.isBlank()) {
            systemHsaId = "SE-REGION-" + county;
        }
    }

    /**
     * @param url            base URL of the service platform, e.g. http://localhost:8000 (null: only direct routes)
     * @param direct         "direct mode, no platform": county code → base URL of that region, used instead of
     *                       the platform when set (tests and two-region set-ups without a platform)
     * @param connectTimeout connecting to the platform (or region)
     * @param receiveTimeout waiting for the answer
     * @param readAttempts   attempts of an idempotent read (GetListingCounty) before giving up
     * @param readBackoff    wait before the second read attempt, doubled for each further one
     * @param tls            client certificate and trusted CA for https platform (or region) URLs (an SSL bundle)
     */
    public record Platform(
            String url,
            @DefaultValue Map<String, String> direct,
            @DefaultValue("2s") Duration connectTimeout,
            @DefaultValue("10s") Duration receiveTimeout,
            @DefaultValue("3") int readAttempts,
            @DefaultValue("200ms") Duration readBackoff,
            @DefaultValue Tls tls) {
    }

    /**
     * Mutual TLS towards the platform (docs/transport-security.md).
     *
     * @param bundle name of a Spring Boot SSL bundle ({@code spring.ssl.bundle.jks.<name>.*}) holding this system's
     *               client certificate (SERIALNUMBER = its HSA-id) and the CA it trusts; unset = the JDK's defaults,
     *               no client certificate
     */
    public record Tls(String bundle) {

        public boolean configured() {
            return bundle != null && !bundle.isBlank();
        }
    }

    /**
     * @param enabled      run the scheduled delivery (the after-commit trigger and the admin calls work regardless)
     * @param pollInterval fixed delay of the scheduled delivery run
     * @param firstRetry   wait after the first failed attempt; doubled for each further one (SjD TK 2.1: never
     *                     more often than every 5 minutes, with decreasing frequency)
     * @param maxRetry     longest wait between attempts
     * @param maxAge       a notice still undelivered this long after it was written becomes FAILED
     * @param lease        how long a claimed notice is reserved for the node delivering it
     * @param batchSize    notices claimed per round
     */
    public record Outbox(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("30s") Duration pollInterval,
            @DefaultValue("5m") Duration firstRetry,
            @DefaultValue("6h") Duration maxRetry,
            @DefaultValue("7d") Duration maxAge,
            @DefaultValue("2m") Duration lease,
            @DefaultValue("50") int batchSize) {
    }

    /**
     * @param rate             GetListingCounty calls per second at most
     * @param resumeOnStartup  continue an interrupted job when the application starts
     */
    public record Sync(
            @DefaultValue("5") double rate,
            @DefaultValue("true") boolean resumeOnStartup) {
    }

    /** @param infoDays days GetListing answers INFO about an asynchronously refused cross-county listing */
    public record Refusals(@DefaultValue("30") int infoDays) {
    }
}
