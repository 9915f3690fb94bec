package se.listning.region.config;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.listning.region.persistence.JdbcListingTypeStore;

/**
 * Applies {@code listning.rules.max-relistings.<code>} to the stored listing types once the region is
 * up (after migrations and demo data), so a region sets its own cap (the law says 2, the 2.1 TKB text
 * says 3) without touching SQL.
 */
@Component
class RelistingCaps {

    private static final Logger log = LoggerFactory.getLogger(RelistingCaps.class);

    private final JdbcClient jdbc;
    private final Map<String, Integer> caps;
    private final JdbcListingTypeStore listingTypes;

    RelistingCaps(JdbcClient jdbc, JdbcListingTypeStore listingTypes, RegionProperties properties) {
        this.jdbc = jdbc;
        this.listingTypes = listingTypes;
        this.caps = properties.rules().maxRelistings();
    }

    @EventListener(ApplicationReadyEvent.class)
    void apply() {
        caps.forEach((code, cap) -> {
            if (cap < 0) {
                throw new IllegalStateException("listning.rules.max-relistings." + code + " must be 0 or more");
            }
            int updated = jdbc.sql("update listing_type set max_relistings = :cap where code = :code")
                    .param("cap", cap).param("code", code).update();
            if (updated == 0) {
                log.warn("listning.rules.max-relistings.{}: no listing type with that code", code);
            } else {
                log.info("Relisting cap for listing type {}: {} per {} months", code, cap, "rolling window");
            }
        });
        listingTypes.invalidate();
    }
}
