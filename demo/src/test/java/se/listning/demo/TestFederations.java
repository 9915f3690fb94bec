package se.listning.demo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Starts a federation for a test class: the given regions on free ports, a fresh data directory under
 * {@code listning.federation-dir} (default target/federation) named after the test, the jars of this build, and
 * outboxes that retry within seconds; {@code extra} arguments come last and win.
 */
final class TestFederations {

    private TestFederations() {
    }

    static Federation start(String name, List<String> regions, String... extra) {
        Path dataDir = Path.of(System.getProperty("listning.federation-dir", "target/federation"),
                name + "-" + UUID.randomUUID()).toAbsolutePath();
        List<String> args = new ArrayList<>(List.of(
                "--listning.regions=" + String.join(",", regions),
                "--listning.data-dir=" + dataDir,
                "--listning.base-port=" + TestPopulation.freeBasePort(regions),
                "--listning.jars-dir=" + System.getProperty("listning.jars-dir", ".."),
                "--listning.outbox.first-retry=1s",
                "--listning.outbox.max-retry=2s",
                "--listning.outbox.poll-interval=1s"));
        args.addAll(List.of(extra));
        return Federation.start(FederationConfig.fromArgs(args.toArray(String[]::new)));
    }
}
