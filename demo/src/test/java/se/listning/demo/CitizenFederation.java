package se.listning.demo;

import java.util.List;

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
            federation = TestFederations.start("citizen", REGIONS,
                    "--listning.demo-residents=1000",
                    "--listning.start-timeout=420",
                    "--listning.queue-advance-interval=PT2S",
                    "--listning.citizen.receive-timeout=5s",
                    "--listning.citizen.connected-regions-ttl=5s");
            if (federation.citizen().isEmpty()) {
                throw new IllegalStateException("the citizen e-service did not start: build citizen/target/listning-citizen.jar");
            }
        }
        return federation;
    }
}
