package se.listning.demo;

import java.util.List;
import java.util.UUID;

/**
 * One federation with the citizen e-service for all citizen browser tests in this JVM: platform, regions 01,
 * 20 and 14 (small demo data) and the e-service, started on first use and stopped by the federation's shutdown
 * hook. Queue promotion and the outbox run every second or two so the tests see their effects quickly.
 */
final class CitizenFederation {

    static final List<String> REGIONS = List.of("01", "20", "14");
    private static Federation federation;

    private CitizenFederation() {
    }

    static synchronized Federation get() {
        if (federation == null) {
            String jarsDir = System.getProperty("listning.jars-dir", "..");
            String dataDir = System.getProperty("listning.federation-dir", "target/federation") + "/citizen-" + UUID.randomUUID();
            federation = Federation.start(FederationConfig.fromArgs(new String[] {
                    "--listning.regions=" + String.join(",", REGIONS),
                    "--listning.data-dir=" + dataDir,
                    "--listning.base-port=" + TestPopulation.freeBasePort(REGIONS),
                    "--listning.jars-dir=" + jarsDir,
                    "--listning.demo-residents=1000",
                    "--listning.start-timeout=420",
                    "--listning.queue-advance-interval=PT2S",
                    "--listning.outbox.first-retry=1s",
                    "--listning.outbox.max-retry=2s",
                    "--listning.outbox.poll-interval=1s",
                    "--listning.citizen.receive-timeout=5s",
                    "--listning.citizen.connected-regions-ttl=5s"}));
            if (federation.citizen().isEmpty()) {
                throw new IllegalStateException("the citizen e-service did not start: build citizen/target/listning-citizen.jar");
            }
        }
        return federation;
    }
}
