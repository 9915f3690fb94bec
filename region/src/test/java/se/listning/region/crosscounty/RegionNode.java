package se.listning.region.crosscounty;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.listning.region.persistence.JdbcListingTypeStore;
import se.listning.region.RegionApplication;
import se.listning.region.testing.Fixtures;

/**
 * One region application in the test JVM: its own county, HTTP port, data directory and embedded PostgreSQL.
 * Regions reach each other in direct mode ({@code listning.platform.direct.<county>}), no platform; the port
 * and data directory survive {@link #stop()}/{@link #start()}, so a region can go down and come back.
 */
final class RegionNode {

    final String county;
    final int port;
    private final String dataDir;
    private final Map<String, Object> extra = new HashMap<>();
    private ConfigurableApplicationContext context;

    RegionNode(String county) {
        this.county = county;
        this.port = freePort();
        this.dataDir = "target/it-data/crosscounty-" + UUID.randomUUID() + "-" + county;
    }

    RegionNode with(String key, Object value) {
        extra.put(key, value);
        return this;
    }

    /** Starts the region, reaching every region in {@code all} directly. */
    RegionNode start(RegionNode... all) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("server.port", port);
        properties.put("listning.county", county);
        properties.put("listning.data-dir", dataDir);
        properties.put("listning.demo-data", false);
        properties.put("listning.queue-advance-interval", "PT1H");
        properties.put("listning.outbox.poll-interval", "PT1H");
        properties.put("listning.outbox.first-retry", "1s");
        properties.put("listning.outbox.max-retry", "4s");
        properties.put("listning.outbox.lease", "20s");
        properties.put("listning.platform.connect-timeout", "1s");
        properties.put("listning.platform.receive-timeout", "5s");
        properties.put("listning.platform.read-attempts", 2);
        properties.put("listning.platform.read-backoff", "50ms");
        for (RegionNode other : all) {
            properties.put("listning.platform.direct." + other.county, "http://localhost:" + other.port);
        }
        properties.putAll(extra);
        // as command-line arguments: default properties would lose against application.yml
        String[] args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        context = new SpringApplicationBuilder(RegionApplication.class).run(args);
        return this;
    }

    void stop() {
        if (context != null) {
            context.close();
            context = null;
        }
    }

    boolean running() {
        return context != null && context.isActive();
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    JdbcClient jdbc() {
        return bean(JdbcClient.class);
    }

    Fixtures fixtures() {
        return new Fixtures(jdbc(), bean(JdbcListingTypeStore.class), county);
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
