package se.listning.demo;

/**
 * {@code java -jar demo/target/listning-demo.jar [--listning.regions=01,20,14] [--listning.data-dir=./data]
 * [--listning.base-port=8000] [--listning.citizen=false]}: starts the platform, the regions and the citizen
 * e-service (when its jar is built), prints one line per system
 * ({@code listning: <system> <county-or-dash> <base-url>}) once all are healthy, and stops them all on
 * Ctrl-C / SIGTERM. See docs/federation.md.
 */
public final class FederationLauncher {

    private FederationLauncher() {
    }

    public static void main(String[] args) throws InterruptedException {
        FederationConfig config;
        try {
            config = FederationConfig.fromArgs(args);
        } catch (IllegalArgumentException e) {
            System.err.println("listning-demo: " + e.getMessage());
            System.exit(2);
            return;
        }
        System.err.println("listning-demo: starting platform, regions " + config.regions()
                + (config.citizenEnabled() ? " and the citizen e-service" : "") + ", logs in "
                + config.dataDir().resolve("logs"));
        Federation federation;
        try {
            federation = Federation.start(config);
        } catch (Federation.StartFailedException e) {
            System.err.println("listning-demo: " + e.getMessage());
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> System.err.println("listning-demo: stopping all systems"),
                "listning-demo-shutdown"));
        for (Federation.SystemInfo system : federation.systems()) {
            System.out.println(system.line());
            if ("region".equals(system.system())) {
                System.out.println("  staff tool: " + system.baseUrl() + "/staff (vc-chef, vardval, sysadmin; password demo)");
            } else if ("citizen".equals(system.system())) {
                System.out.println("  e-service: " + system.baseUrl() + "/ (test sign-in: choose a synthetic person)");
            }
        }
        System.out.flush();
        String exited = federation.awaitAnyExit();
        if (exited == null || federation.closing()) {
            Thread.sleep(Long.MAX_VALUE); // the shutdown hook is stopping everything; the JVM ends with it
        }
        System.err.println("listning-demo: " + exited + " has stopped; see " + config.dataDir().resolve("logs")
                + ". Stopping the others.");
        System.exit(1);
    }
}
