package se.listning.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class FederationConfigTest {

    @Test
    void defaultsAreThreeRegionsFromPort8000() {
        FederationConfig config = FederationConfig.fromArgs(new String[0]);

        assertThat(config.regions()).containsExactly("01", "20", "14");
        assertThat(config.platformUrl()).isEqualTo("http://localhost:8000");
        assertThat(config.regionUrl("01")).isEqualTo("http://localhost:8101");
        assertThat(config.regionUrl("20")).isEqualTo("http://localhost:8120");
        assertThat(config.dataDir()).isEqualTo(Path.of("./data").toAbsolutePath().normalize());
        assertThat(config.regionArgs()).isEmpty();
        assertThat(config.citizenEnabled()).isTrue();
        assertThat(config.citizenUrl()).isEqualTo("http://localhost:8001");
        assertThat(config.citizenJar().endsWith(Path.of("citizen", "target", "listning-citizen.jar"))).isTrue();
    }

    @Test
    void theCitizenGetsThePlatformTheConsumerEachRegionsRegistersAndItsOwnOptions() {
        FederationConfig config = FederationConfig.fromArgs(new String[] {
                "--listning.regions=01,20", "--listning.base-port=9000", "--listning.jars-dir=/opt/listning",
                "--listning.citizen.session-timeout=5m", "--listning.demo-residents=2000"});

        assertThat(config.citizenJar()).isEqualTo(Path.of("/opt/listning/citizen/target/listning-citizen.jar"));
        assertThat(config.citizenLaunchArgs()).containsExactly(
                "--server.port=9001",
                "--listning.citizen.platform-url=http://localhost:9000",
                "--listning.citizen.consumer-hsa-id=SE-CONSUMER-001",
                "--listning.citizen.registers.01=http://localhost:9101",
                "--listning.citizen.registers.20=http://localhost:9120",
                "--listning.citizen.session-timeout=5m");
        assertThat(config.regionArgs()).containsExactly("--listning.demo-residents=2000");
        assertThat(config.regionLaunchArgs("20")).containsExactly(
                "--server.port=9120",
                "--listning.county=20",
                "--listning.data-dir=" + config.dataDir().resolve("region-20"),
                "--listning.platform.url=http://localhost:9000",
                "--listning.registers-stand-in.enabled=true",
                "--listning.demo-federation-counties=" + String.join(",", config.regions()),
                "--listning.demo-residents=2000");
    }

    @Test
    void theCitizenCanBeSwitchedOff() {
        assertThat(FederationConfig.fromArgs(new String[] {"--listning.citizen=false"}).citizenEnabled()).isFalse();
        assertThat(FederationConfig.fromArgs(new String[] {"--listning.citizen=false"}).regionArgs()).isEmpty();
        assertThatThrownBy(() -> FederationConfig.fromArgs(new String[] {"--listning.citizen=no"}))
                .hasMessageContaining("true or false");
    }

    @Test
    void launcherOptionsAreReadAndEverythingElseGoesToTheRegions() {
        FederationConfig config = FederationConfig.fromArgs(new String[] {
                "--listning.regions=03, 25", "--listning.base-port=9000", "--listning.jars-dir=/opt/listning",
                "--listning.data-dir=/tmp/fed", "--listning.demo-residents=2000", "--spring.main.lazy-initialization=true"});

        assertThat(config.regions()).containsExactly("03", "25");
        assertThat(config.regionPort("25")).isEqualTo(9125);
        assertThat(config.platformJar()).isEqualTo(Path.of("/opt/listning/platform/target/listning-platform.jar"));
        assertThat(config.regionJar()).isEqualTo(Path.of("/opt/listning/region/target/listning-region.jar"));
        assertThat(config.regionArgs()).containsExactly("--listning.demo-residents=2000", "--spring.main.lazy-initialization=true");
    }

    @Test
    void badArgumentsAreRefusedWithAReason() {
        assertThatThrownBy(() -> FederationConfig.fromArgs(new String[] {"--listning.regions=1"}))
                .hasMessageContaining("two digits");
        assertThatThrownBy(() -> FederationConfig.fromArgs(new String[] {"regions"}))
                .hasMessageContaining("--name=value");
    }

    @Test
    void routingSendsEveryContractToItsRegionAndAllowsTheRegionsAndTheDemoConsumer() {
        FederationConfig config = FederationConfig.fromArgs(new String[] {"--listning.regions=01,20"});

        assertThat(Federation.routing(config).lines().filter(l -> !l.startsWith("#"))).containsExactly(
                "route * 01 http://localhost:8101",
                "route * 20 http://localhost:8120",
                "allow SE-CONSUMER-001 * *",
                "allow SE-REGION-01 * *",
                "allow SE-REGION-20 * *");
    }
}
