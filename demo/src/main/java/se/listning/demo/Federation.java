package se.listning.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The platform, the regions and the citizen e-service as child processes. Start order: routing file, platform,
 * all regions at once, then the citizen (when its jar exists and it is not switched off); every health check
 * must say UP before the next step. A child that dies while starting stops everything (with its log tail in the
 * exception). {@link #close()} stops all children (SIGTERM, then kill).
 */
public final class Federation implements AutoCloseable {

    /** A started system: "platform" or "citizen" (county "-"), or "region" with its county. */
    public record SystemInfo(String system, String county, String baseUrl, Path log) {
        public String line() {
            return "listning: " + system + " " + county + " " + baseUrl;
        }
    }

    /** A child could not start; the message carries the tail of its log. */
    public static class StartFailedException extends RuntimeException {
        public StartFailedException(String message) {
            super(message);
        }
    }

    private static final String CITIZEN = "citizen";

    private final FederationConfig config;
    private final Map<String, Process> processes = new LinkedHashMap<>();
    private final Map<String, SystemInfo> systems = new LinkedHashMap<>();
    private volatile boolean closing;
    private Path platformJar;
    private Path regionJar;
    private Path citizenJar;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private Federation(FederationConfig config) {
        this.config = config;
    }

    public static Federation start(FederationConfig config) {
        Federation federation = new Federation(config);
        // Children must not outlive us: a JVM stopped by SIGTERM/Ctrl-C stops them too.
        Runtime.getRuntime().addShutdownHook(new Thread(federation::close, "listning-federation-stop"));
        try {
            federation.startAll();
            return federation;
        } catch (RuntimeException e) {
            federation.close();
            throw e;
        }
    }

    public List<SystemInfo> systems() {
        return List.copyOf(systems.values());
    }

    public FederationConfig config() {
        return config;
    }

    /** The citizen e-service, if it was started (its jar exists and --listning.citizen is not false). */
    public Optional<SystemInfo> citizen() {
        return Optional.ofNullable(systems.get(CITIZEN));
    }

    /** The citizen e-service's base URL; fails when it was not started. */
    public String citizenUrl() {
        return citizen().map(SystemInfo::baseUrl).orElseThrow(() -> new IllegalStateException(
                "the citizen e-service was not started: " + config.citizenJar() + " missing or --listning.citizen=false"));
    }

    private void startAll() {
        for (Path jar : List.of(config.platformJar(), config.regionJar())) {
            if (!Files.isRegularFile(jar)) {
                throw new StartFailedException(jar + " is missing: build it first (./mvnw -q -pl region,platform -am package -DskipTests)"
                        + " or point --listning.jars-dir at it");
            }
        }
        try {
            Files.createDirectories(config.dataDir().resolve("logs"));
            Files.createDirectories(config.dataDir().resolve("platform"));
            Files.writeString(routingFile(), routing(config), StandardCharsets.UTF_8);
            // Run copies: a rebuild of the project's jars while the federation runs must not pull classes
            // out from under the running (or restarting) children.
            Path jars = Files.createDirectories(config.dataDir().resolve("jars"));
            platformJar = Files.copy(config.platformJar(), jars.resolve("listning-platform.jar"), StandardCopyOption.REPLACE_EXISTING);
            regionJar = Files.copy(config.regionJar(), jars.resolve("listning-region.jar"), StandardCopyOption.REPLACE_EXISTING);
            if (startsCitizen()) {
                citizenJar = Files.copy(config.citizenJar(), jars.resolve("listning-citizen.jar"),
                        StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        launch("platform", "-", config.platformUrl(), platformJar, List.of(
                "--server.port=" + config.platformPort(),
                "--listning.platform.routing-file=" + routingFile(),
                "--listning.platform.data-dir=" + config.dataDir().resolve("platform")));
        awaitHealthy(List.of("platform"));
        List<String> names = new ArrayList<>();
        for (String county : config.regions()) {
            startRegion(county);
            names.add("region-" + county);
        }
        awaitHealthy(names);
        if (citizenJar != null) {
            launch(CITIZEN, "-", config.citizenUrl(), citizenJar, config.citizenLaunchArgs());
            awaitHealthy(List.of(CITIZEN));
        }
    }

    /** Whether the citizen is to be started; says on stderr why not when its jar is missing. */
    private boolean startsCitizen() {
        if (!config.citizenEnabled()) {
            return false;
        }
        if (!Files.isRegularFile(config.citizenJar())) {
            System.err.println("listning-demo: " + config.citizenJar() + " is missing, the citizen e-service is not started"
                    + " (build it with ./mvnw -q -pl citizen -am package -DskipTests)");
            return false;
        }
        return true;
    }

    /** Starts (or restarts) one region and waits until it is healthy. */
    public void restartRegion(String county) {
        startRegion(county);
        awaitHealthy(List.of("region-" + county));
    }

    private void startRegion(String county) {
        launch("region", county, config.regionUrl(county), regionJar, config.regionLaunchArgs(county));
    }

    /**
     * Stops a region gracefully (SIGTERM, a forced kill after 30 s), as an operator would: the region is down
     * until {@link #restartRegion}.
     */
    public void stopRegion(String county) {
        Process process = processes.get("region-" + county);
        if (process == null) {
            return;
        }
        process.destroy();
        if (!awaitStopped(process)) {
            throw new IllegalStateException("region " + county + " did not stop");
        }
    }

    /**
     * Freezes a region's JVM (SIGSTOP; Linux and macOS): connections are still accepted but nothing answers, as
     * with a hung or very slow system. {@link #resumeRegion} lets it go on.
     */
    public void pauseRegion(String county) {
        signalRegion(county, "STOP");
    }

    public void resumeRegion(String county) {
        signalRegion(county, "CONT");
    }

    private void signalRegion(String county, String signal) {
        Process process = processes.get("region-" + county);
        if (process == null || !process.isAlive()) {
            throw new IllegalStateException("region " + county + " is not running");
        }
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).inheritIO().start();
            if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
                throw new IllegalStateException("kill -" + signal + " of region " + county + " failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Kills a region's process and its embedded PostgreSQL at once (SIGKILL, no graceful shutdown), as a host crash would. */
    public void killRegion(String county) {
        Process process = processes.get("region-" + county);
        if (process != null) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            waitFor(process, 20);
        }
    }

    /**
     * {@code kill -9} of a region's JVM only, as when the JVM itself crashes: its embedded PostgreSQL lives on as an
     * orphan, which the next start of the region finds and stops ({@code StalePostmaster}).
     */
    public void crashRegion(String county) {
        Process process = processes.get("region-" + county);
        if (process != null) {
            process.destroyForcibly(); // SIGKILL to this pid only
            waitFor(process, 20);
        }
    }

    public Path routingFile() {
        return config.dataDir().resolve("platform").resolve("routing.txt");
    }

    /** Every contract of each region routed to it; each region's system and the demo consumer allowed everything. */
    static String routing(FederationConfig config) {
        StringBuilder text = new StringBuilder("# Written by the Listning federation launcher\n");
        for (String county : config.regions()) {
            text.append("route * ").append(county).append(' ').append(config.regionUrl(county)).append('\n');
        }
        text.append("allow ").append(FederationConfig.CONSUMER).append(" * *\n");
        for (String county : config.regions()) {
            text.append("allow ").append(FederationConfig.regionSystemHsaId(county)).append(" * *\n");
        }
        return text.toString();
    }

    private void launch(String system, String county, String url, Path jar, List<String> args) {
        String name = county.equals("-") ? system : system + "-" + county;
        Path log = config.dataDir().resolve("logs").resolve(name + ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", jar.toString()));
        command.addAll(args);
        try {
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .directory(config.dataDir().toFile())
                    .start();
            processes.put(name, process);
            systems.put(name, new SystemInfo(system, county, url, log));
        } catch (IOException e) {
            throw new StartFailedException("could not start " + name + ": " + e.getMessage());
        }
    }

    private void awaitHealthy(List<String> names) {
        long deadline = System.nanoTime() + config.startTimeout().toNanos();
        List<String> waiting = new ArrayList<>(names);
        while (!waiting.isEmpty()) {
            for (String name : List.copyOf(waiting)) {
                Process process = processes.get(name);
                SystemInfo info = systems.get(name);
                if (!process.isAlive()) {
                    throw new StartFailedException(name + " stopped while starting (exit code " + process.exitValue()
                            + "); last lines of " + info.log() + ":\n" + tail(info.log(), 40));
                }
                if (healthy(info.baseUrl())) {
                    waiting.remove(name);
                }
            }
            if (System.nanoTime() > deadline) {
                String name = waiting.get(0);
                throw new StartFailedException(name + " was not healthy within " + config.startTimeout().toSeconds()
                        + " s; last lines of " + systems.get(name).log() + ":\n" + tail(systems.get(name).log(), 40));
            }
            sleep(500);
        }
    }

    public boolean healthy(String baseUrl) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/health"))
                    .timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Blocks until a child exits unexpectedly; returns its name (null when the federation is being stopped). */
    public String awaitAnyExit() throws InterruptedException {
        while (!closing) {
            for (Map.Entry<String, Process> e : processes.entrySet()) {
                if (!e.getValue().isAlive()) {
                    return e.getKey();
                }
            }
            Thread.sleep(1000);
        }
        return null;
    }

    public boolean closing() {
        return closing;
    }

    public static String tail(Path log, int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** SIGTERM to every child (citizen and regions first, so nothing calls a stopped platform), then kill. */
    @Override
    public synchronized void close() {
        if (closing) {
            return;
        }
        closing = true;
        List<String> order = new ArrayList<>(processes.keySet());
        java.util.Collections.reverse(order);
        for (String name : order) {
            processes.get(name).destroy();
        }
        for (String name : order) {
            awaitStopped(processes.get(name));
        }
    }

    /** Waits 30 s for a process sent SIGTERM, then kills it and its children. */
    private static boolean awaitStopped(Process process) {
        if (waitFor(process, 30)) {
            return true;
        }
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        return waitFor(process, 10);
    }

    private static boolean waitFor(Process process, int seconds) {
        try {
            return process.waitFor(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StartFailedException("interrupted while waiting for the federation to start");
        }
    }
}
