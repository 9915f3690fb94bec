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
 *   <li>{@code listning.jars-dir} where listning-platform.jar and listning-region.jar are (directly or under
 *       platform/target and region/target); default: the project directory of the demo jar</li>
 *   <li>{@code listning.start-timeout} seconds to wait for every health check, default 240</li>
 * </ul>
 * Any other {@code --listning.*} or {@code --spring.*} option is passed on to every region (e.g.
 * {@code --listning.demo-residents=2000}).
 */
public record FederationConfig(List<String> regions, Path dataDir, int basePort, Path platformJar, Path regionJar,
                               Duration startTimeout, List<String> regionArgs) {

    public static final String CONSUMER = "SE-CONSUMER-001";

    public FederationConfig {
        regions = List.copyOf(regions);
        regionArgs = List.copyOf(regionArgs);
    }

    public static FederationConfig fromArgs(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        List<String> passOn = new ArrayList<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("expected --name=value but got '" + arg + "'");
            }
            String name = arg.substring(2, arg.indexOf('='));
            String value = arg.substring(arg.indexOf('=') + 1);
            switch (name) {
                case "listning.regions", "listning.data-dir", "listning.base-port", "listning.jars-dir",
                     "listning.start-timeout" -> options.put(name, value);
                default -> passOn.add(arg);
            }
        }
        List<String> regions = List.of(options.getOrDefault("listning.regions", "01,20,14").split(","))
                .stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
        for (String county : regions) {
            if (!county.matches("\\d{2}")) {
                throw new IllegalArgumentException("county code '" + county + "' should be two digits, e.g. 01");
            }
        }
        Path jarsDir = options.containsKey("listning.jars-dir") ? Path.of(options.get("listning.jars-dir")) : defaultJarsDir();
        return new FederationConfig(regions,
                Path.of(options.getOrDefault("listning.data-dir", "./data")).toAbsolutePath().normalize(),
                Integer.parseInt(options.getOrDefault("listning.base-port", "8000")),
                jar(jarsDir, "platform"), jar(jarsDir, "region"),
                Duration.ofSeconds(Long.parseLong(options.getOrDefault("listning.start-timeout", "240"))),
                passOn);
    }

    public int platformPort() {
        return basePort;
    }

    public int regionPort(String county) {
        return basePort + 100 + Integer.parseInt(county);
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
