package se.listning.demo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What to start. Command line {@code --name=value}:
 * <ul>
 *   <li>{@code listning.regions} county codes, default 01,20,14</li>
 *   <li>{@code listning.data-dir} default ./data: region-NN/, platform/routing.txt, logs/&lt;system&gt;.log</li>
 *   <li>{@code listning.base-port} default 8000: the platform; region NN on base + 100 + NN</li>
 *   <li>{@code listning.jars-dir} where listning-platform.jar, listning-region.jar and listning-citizen.jar are
 *       (directly or under platform/target, region/target and citizen/target); default: the project directory of
 *       the demo jar</li>
 *   <li>{@code listning.start-timeout} seconds to wait for every health check, default 240</li>
 *   <li>{@code listning.citizen} {@code false} = do not start the citizen e-service (default: start it when
 *       listning-citizen.jar exists); it runs on base + 1</li>
 * </ul>
 * Options {@code --listning.citizen.*} are passed on to the citizen e-service; any other {@code --listning.*} or
 * {@code --spring.*} option to every region (e.g. {@code --listning.demo-residents=2000}).
 */
public record FederationConfig(List<String> regions, Path dataDir, int basePort, Path platformJar, Path regionJar,
                               Duration startTimeout, List<String> regionArgs, boolean citizenEnabled, Path citizenJar,
                               List<String> citizenArgs) {

    public static final String CONSUMER = "SE-CONSUMER-001";
    private static final String CITIZEN_PREFIX = "--listning.citizen.";

    public FederationConfig {
        regions = List.copyOf(regions);
        regionArgs = List.copyOf(regionArgs);
        citizenArgs = List.copyOf(citizenArgs);
    }

    public static FederationConfig fromArgs(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        List<String> passOn = new ArrayList<>();
        List<String> toCitizen = new ArrayList<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("expected --name=value but got '" + arg + "'");
            }
            String name = arg.substring(2, arg.indexOf('='));
            String value = arg.substring(arg.indexOf('=') + 1);
            switch (name) {
                case "listning.regions", "listning.data-dir", "listning.base-port", "listning.jars-dir",
                     "listning.start-timeout", "listning.citizen" -> options.put(name, value);
                default -> (arg.startsWith(CITIZEN_PREFIX) ? toCitizen : passOn).add(arg);
            }
        }
        List<String> regions = List.of(options.getOrDefault("listning.regions", "01,20,14").split(","))
                .stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
        for (String county : regions) {
            if (!county.matches("\\d{2}")) {
                throw new IllegalArgumentException("county code '" + county + "' should be two digits, e.g. 01");
            }
        }
        String citizen = options.getOrDefault("listning.citizen", "true");
        if (!citizen.equals("true") && !citizen.equals("false")) {
            throw new IllegalArgumentException("--listning.citizen should be true or false but was '" + citizen + "'");
        }
        Path jarsDir = options.containsKey("listning.jars-dir") ? Path.of(options.get("listning.jars-dir")) : defaultJarsDir();
        return new FederationConfig(regions,
                Path.of(options.getOrDefault("listning.data-dir", "./data")).toAbsolutePath().normalize(),
                Integer.parseInt(options.getOrDefault("listning.base-port", "8000")),
                jar(jarsDir, "platform"), jar(jarsDir, "region"),
                Duration.ofSeconds(Long.parseLong(options.getOrDefault("listning.start-timeout", "240"))),
                passOn, Boolean.parseBoolean(citizen), jar(jarsDir, "citizen"), toCitizen);
    }

    public int platformPort() {
        return basePort;
    }

    public int regionPort(String county) {
        return basePort + 100 + Integer.parseInt(county);
    }

    public int citizenPort() {
        return basePort + 1;
    }

    public String citizenUrl() {
        return "http://localhost:" + citizenPort();
    }

    /**
     * Region NN's arguments: port, county, data directory, the platform, the registers stand-in the citizen
     * e-service reads (demo only), then the pass-on options.
     */
    public List<String> regionLaunchArgs(String county) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=" + regionPort(county),
                "--listning.county=" + county,
                "--listning.data-dir=" + dataDir.resolve("region-" + county),
                "--listning.platform.url=" + platformUrl(),
                "--listning.registers-stand-in.enabled=true",
                // generated cross-county pairs never name a county whose other half nobody would generate
                "--listning.demo-federation-counties=" + String.join(",", regions)));
        args.addAll(regionArgs);
        return args;
    }

    /**
     * The citizen e-service's arguments: its port, the platform, the consumer HSA-id it calls with, each region's
     * registers stand-in ({@code listning.citizen.registers.NN}), then the {@code --listning.citizen.*} options.
     */
    public List<String> citizenLaunchArgs() {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=" + citizenPort(),
                "--listning.citizen.platform-url=" + platformUrl(),
                "--listning.citizen.consumer-hsa-id=" + CONSUMER));
        for (String county : regions) {
            args.add("--listning.citizen.registers." + county + "=" + regionUrl(county));
        }
        args.addAll(citizenArgs);
        return args;
    }

    public String platformUrl() {
        return "http://localhost:" + platformPort();
    }

    public String regionUrl(String county) {
        return "http://localhost:" + regionPort(county);
    }

    /** The HSA-id a region calls other regions with (the region's default listning.system-hsa-id). */
    public static String regionSystemHsaId(String county) {
        return "SE-REGION-" + county;
    }

    /** The demo jar sits in demo/target: the project directory is two levels up. */
    private static Path defaultJarsDir() {
        try {
            Path jar = Path.of(FederationConfig.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path target = Files.isDirectory(jar) ? jar.getParent() : jar.getParent();
            return target.getParent().getParent();
        } catch (Exception e) {
            return Path.of("..");
        }
    }

    private static Path jar(Path dir, String module) {
        Path direct = dir.resolve("listning-" + module + ".jar");
        if (Files.isRegularFile(direct)) {
            return direct.toAbsolutePath().normalize();
        }
        return dir.resolve(module).resolve("target").resolve("listning-" + module + ".jar").toAbsolutePath().normalize();
    }
}
