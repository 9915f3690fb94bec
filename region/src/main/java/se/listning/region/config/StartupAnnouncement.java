package se.listning.region.config;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Prints where the region answers, once it is ready (after demo data): one stable line
 * {@code listning: region <county> <base-url>} that launchers and operators can read, then the
 * contract endpoints.
 */
@Component
class StartupAnnouncement {

    static final String CONTRACT_PATH = "/services/supportprocess/logistics/carelisting/%s/2/rivtabp21";
    private static final String[] CONTRACTS = {"GetListingTypes", "GetAvailableHealthcareFacilities",
            "GetAvailableHealthcarePersonnel", "GetListingCounty", "GetListing", "CreateListing", "UpdateListing"};

    private final RegionProperties properties;

    StartupAnnouncement(RegionProperties properties) {
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void announce(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web) || web.getWebServer() == null) {
            return;
        }
        var env = event.getApplicationContext().getEnvironment();
        boolean tls = !"false".equals(env.getProperty("server.ssl.enabled"))
                && (env.containsProperty("server.ssl.bundle") || env.containsProperty("server.ssl.key-store"));
        String base = (tls ? "https" : "http") + "://localhost:" + web.getWebServer().getPort();
        StringBuilder out = new StringBuilder("listning: region " + properties.county() + " " + base + "\n");
        for (String contract : CONTRACTS) {
            out.append("  ").append(contract).append(": ").append(base).append(CONTRACT_PATH.formatted(contract))
                    .append(" (WSDL: ?wsdl)\n");
        }
        out.append("  staff tool: ").append(base).append("/staff\n");
        out.append("  health: ").append(base).append("/actuator/health");
        System.out.println(out);
    }
}
