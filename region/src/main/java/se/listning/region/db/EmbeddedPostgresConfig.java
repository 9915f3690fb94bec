package se.listning.region.db;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import se.listning.region.config.RegionProperties;

/**
 * The default database: PostgreSQL 17 started from the zonky binaries on a persistent data directory
 * ({@code listning.data-dir}/pg), durable (fsync and synchronous commit on), stopped with the
 * application. Setting {@code spring.datasource.url} switches this off and Boot's own DataSource
 * connects to that server instead.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDataSourceUrlCondition.class)
public class EmbeddedPostgresConfig {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfig.class);

    /** Memory for the embedded server's page cache (a real server is tuned by its operator). */
    static final String DEFAULT_SHARED_BUFFERS = "256MB";

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(RegionProperties properties,
                                      @Value("${listning.embedded-db.shared-buffers:" + DEFAULT_SHARED_BUFFERS + "}")
                                      String sharedBuffers) throws IOException {
        return start(properties.dataDir().resolve("pg"), properties.dbPort(), sharedBuffers);
    }

    /** Hikari on the embedded server; spring.datasource.hikari.* still applies. */
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgres postgres) {
        return DataSourceBuilder.create().type(HikariDataSource.class)
                .url(postgres.getJdbcUrl("postgres", "postgres"))
                .username("postgres")
                .build();
    }

    /** Starts (initialising on first use) the server on {@code pgDirectory}; port 0 picks a free one. */
    public static EmbeddedPostgres start(Path pgDirectory, int port) throws IOException {
        return start(pgDirectory, port, DEFAULT_SHARED_BUFFERS);
    }

    /**
     * As {@link #start(Path, int)} with {@code sharedBuffers} of page cache. Bulk changes (a CSV upload of
     * a whole region, a population delta) write gigabytes of WAL: checkpoints are spaced out (max_wal_size
     * 4 GB) so pages are not written again and again with full-page images inside one job.
     */
    public static EmbeddedPostgres start(Path pgDirectory, int port, String sharedBuffers) throws IOException {
        Path directory = pgDirectory.toAbsolutePath().normalize();
        Files.createDirectories(directory);
        StalePostmaster.Result stale = new StalePostmaster(directory, Duration.ofSeconds(30)).clear();
        if (stale != StalePostmaster.Result.NONE) {
            log.warn("Embedded PostgreSQL on {}: {}", directory, stale);
        }
        Path serverLog = directory.resolveSibling("postgres.log");
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("timezone", "Europe/Stockholm")
                .setServerConfig("max_connections", "100")
                .setServerConfig("shared_buffers", sharedBuffers)
                .setServerConfig("max_wal_size", "4GB")
                .setServerConfig("checkpoint_timeout", "15min")
                .setServerConfig("listen_addresses", "localhost")
                // Server messages carry key values (personnummer) in DETAIL lines and statements:
                // keep them terse and out of the technical log, in a file beside the data.
                .setServerConfig("log_error_verbosity", "terse")
                .setServerConfig("log_min_error_statement", "panic")
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(serverLog.toFile()))
                .setErrorRedirector(ProcessBuilder.Redirect.appendTo(serverLog.toFile()))
                // Stopped by its owner (the Spring bean's close, after Tomcat, the jobs and the pool), not by a JVM
                // shutdown hook of its own: JVM hooks run at the same time, so the server went away while a graceful
                // shutdown was still finishing requests and jobs, and a job then waited Hikari's 30 s connection
                // timeout for it (seen as a 30 s stop of a demo region). A killed JVM leaves an orphan server,
                // which StalePostmaster stops at the next start.
                .setRegisterShutdownHook(false);
        if (port > 0) {
            builder.setPort(port);
        }
        EmbeddedPostgres postgres = builder.start();
        log.info("Embedded PostgreSQL on port {} with data in {}", postgres.getPort(), directory);
        return postgres;
    }
}
