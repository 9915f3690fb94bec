package se.listning.region.reliability;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import se.listning.region.RegionApplication;

/**
 * Two whole region applications in the test JVM, one county, one PostgreSQL: node 1 starts the embedded
 * server on its data directory, node 2 connects to it ({@code spring.datasource.url}). Each node has its own
 * HTTP port, connection pool, schedulers (queue advancement and outbox every 200 ms, under the ShedLock lock)
 * and ShedLock node name; {@link LockRecorder} notes every lock either node holds.
 */
final class TwoNodes implements AutoCloseable {

    static final String COUNTY = "01";

    private final List<ConfigurableApplicationContext> nodes = new ArrayList<>();
    private final List<Integer> ports = new ArrayList<>();

    TwoNodes() {
        String dataDir = "target/it-data/two-nodes-" + UUID.randomUUID();
        ConfigurableApplicationContext first = start("node-1", Map.of("listning.data-dir", dataDir));
        int pgPort = first.getBean(EmbeddedPostgres.class).getPort();
        start("node-2", Map.of(
                "listning.data-dir", dataDir + "-node-2",
                "spring.datasource.url", "jdbc:postgresql://localhost:" + pgPort + "/postgres",
                "spring.datasource.username", "postgres"));
    }

    private ConfigurableApplicationContext start(String name, Map<String, Object> own) {
        int port = freePort();
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("server.port", port);
        properties.put("listning.county", COUNTY);
        properties.put("listning.demo-data", false);
        properties.put("listning.scheduling.node-name", name);
        properties.put("listning.queue-advance-interval", "PT0.2S");
        properties.put("listning.outbox.poll-interval", "PT0.2S");
        properties.putAll(own);
        // as command-line arguments: default properties would lose against application.yml
        String[] args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(RegionApplication.class, LockRecorder.class)
                .run(args);
        nodes.add(context);
        ports.add(port);
        return context;
    }

    /** Node 0 or 1. */
    <T> T bean(int node, Class<T> type) {
        return nodes.get(node).getBean(type);
    }

    ConfigurableApplicationContext context(int node) {
        return nodes.get(node);
    }

    int port(int node) {
        return ports.get(node);
    }

    @Override
    public void close() {
        // node 2 first: node 1 owns the database server
        for (int i = nodes.size() - 1; i >= 0; i--) {
            nodes.get(i).close();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
