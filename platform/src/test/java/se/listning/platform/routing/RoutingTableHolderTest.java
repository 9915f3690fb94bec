package se.listning.platform.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.listning.platform.config.PlatformProperties;

class RoutingTableHolderTest {

    private static final String GET_LISTING = CarelistingContracts.namespaceOf("GetListing");

    @TempDir
    Path dir;

    private PlatformProperties properties(Path routingFile) {
        return new PlatformProperties(routingFile, dir.resolve("data"), "test-platform", Duration.ofSeconds(1),
                Duration.ofSeconds(1), 65536, Duration.ZERO, List.of("127.0.0.1"), List.of(), null);
    }

    @Test
    void fileWatcherSwapsInAGoodFileAndKeepsTheOldTableForABadOne() throws Exception {
        Path file = dir.resolve("routing.txt");
        Files.writeString(file, "route * 01 http://localhost:8101\nallow SE-A * *\n");
        RoutingTableHolder holder = new RoutingTableHolder(properties(file), new RoutingFileParser(Clock.systemUTC()));
        try {
            RoutingTable first = holder.current();

            Files.writeString(file, "route * 01 http://localhost:8101\nallow SE-A *\n");
            touch(file, 1);
            holder.reloadIfChanged();
            assertThat(holder.current()).isSameAs(first);

            Files.writeString(file, "route * 01 http://localhost:8101\nroute * 03 http://localhost:8103\n");
            touch(file, 2);
            holder.reloadIfChanged();
            assertThat(holder.current()).isNotSameAs(first);
            assertThat(holder.current().routeFor(GET_LISTING, "03")).isPresent();
            assertThat(holder.current().isAuthorised("SE-A", GET_LISTING, "01")).isFalse();
        } finally {
            holder.destroy();
        }
    }

    @Test
    void aBadFileStopsTheStart() throws Exception {
        Path file = dir.resolve("routing.txt");
        Files.writeString(file, "# ok\nroute * 01 localhost:8101\n");
        assertThatThrownBy(() -> new RoutingTableHolder(properties(file), new RoutingFileParser(Clock.systemUTC())))
                .isInstanceOf(RoutingFileException.class)
                .hasMessageContaining("line 2: producer URL 'localhost:8101' must start with http:// or https://");
    }

    @Test
    void withoutAFileADemoFileIsGeneratedOnce() {
        RoutingTableHolder holder = new RoutingTableHolder(properties(null), new RoutingFileParser(Clock.systemUTC()));
        try {
            assertThat(holder.file()).isEqualTo(dir.resolve("data").resolve("routing.txt"));
            assertThat(holder.current().routeCount()).isEqualTo(21);
            assertThat(holder.current().routeFor(GET_LISTING, "14")).get()
                    .extracting(route -> route.producer().toString()).isEqualTo("http://localhost:8114");
            assertThat(holder.current().isAuthorised("SE-CONSUMER-001", GET_LISTING, "14")).isTrue();
        } finally {
            holder.destroy();
        }
    }

    /** Gives the file a distinct modification time, so the check does not depend on the file system's clock. */
    private static void touch(Path file, int step) throws Exception {
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2030-01-01T00:00:00Z").plusSeconds(step)));
    }
}
