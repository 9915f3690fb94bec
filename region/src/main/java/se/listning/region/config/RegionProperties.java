package se.listning.region.config;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import se.listning.domain.model.ListingReason;

/**
 * Settings of one region, prefix {@code listning}.
 *
 * @param county   the region's county code (kv/län), e.g. "01"
 * @param dataDir  where the embedded database (and other local state) lives; default ./data/region-&lt;county&gt;
 * @param demoData load demo data and the test-data catalogue into an empty database
 * @param dbPort   port of the embedded PostgreSQL; 0 = a free port
 * @param rules    the region's rule settings
 */
@ConfigurationProperties("listning")
public record RegionProperties(
        @DefaultValue("01") String county,
        Path dataDir,
        @DefaultValue("true") boolean demoData,
        @DefaultValue("0") int dbPort,
        @DefaultValue Rules rules) {

    public RegionProperties {
        if (dataDir == null) {
            dataDir = Path.of("./data/region-" + county);
        }
    }

    /**
     * @param relistingWindowMonths      rolling window for the relisting cap
     * @param organisationActorsMayCreate whether organisation actors may use CreateListing
     * @param guardianConsentWindowDays  how long a first guardian's request waits for the second
     * @param queueOutflowWindowDays     window of ended listings the queue wait estimate uses
     * @param countedReasons             start reasons that count as a relisting
     * @param maxRelistings              relisting cap per listing type code, e.g. {@code PV: 3}; types not
     *                                   named keep the cap stored with the type (PV: 2)
     */
    public record Rules(
            @DefaultValue("12") int relistingWindowMonths,
            @DefaultValue("false") boolean organisationActorsMayCreate,
            @DefaultValue("30") int guardianConsentWindowDays,
            @DefaultValue("365") int queueOutflowWindowDays,
            @DefaultValue({"ACTIVE_CHOICE", "STAFF_REGISTRATION", "LISTED_IN_OTHER_REGION"}) Set<ListingReason> countedReasons,
            Map<String, Integer> maxRelistings) {

        public Rules {
            maxRelistings = maxRelistings == null ? Map.of() : Map.copyOf(maxRelistings);
        }
    }
}
