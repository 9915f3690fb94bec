package se.listning.region.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The embedded server keeps its data across restarts, runs durable, and survives a stale pid file. */
class EmbeddedPostgresIT {

    @TempDir
    Path dataDir;

    @Test
    void dataSurvivesARestartOnTheSameDirectoryAndTheServerIsDurable() throws Exception {
        Path pg = dataDir.resolve("pg");
        try (EmbeddedPostgres first = EmbeddedPostgresConfig.start(pg, 0)) {
            JdbcClient jdbc = JdbcClient.create(first.getPostgresDatabase());
            jdbc.sql("create table kept (v text)").update();
            jdbc.sql("insert into kept values ('vårdcentral')").update();
            assertThat(jdbc.sql("show fsync").query(String.class).single()).isEqualTo("on");
            assertThat(jdbc.sql("show synchronous_commit").query(String.class).single()).isEqualTo("on");
        }
        try (EmbeddedPostgres second = EmbeddedPostgresConfig.start(pg, 0)) {
            assertThat(JdbcClient.create(second.getPostgresDatabase()).sql("select v from kept").query(String.class).single())
                    .isEqualTo("vårdcentral");
        }
    }

    @Test
    void aPidFileOfADeadProcessIsRemovedAndTheServerStarts() throws Exception {
        Path pg = dataDir.resolve("pg");
        try (EmbeddedPostgres first = EmbeddedPostgresConfig.start(pg, 0)) {
            JdbcClient.create(first.getPostgresDatabase()).sql("create table kept (v int)").update();
        }
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Files.writeString(pg.resolve("postmaster.pid"), gone.pid() + "\n" + pg.toAbsolutePath() + "\n");

        assertThat(new StalePostmaster(pg, java.time.Duration.ofSeconds(5)).clear())
                .isEqualTo(StalePostmaster.Result.REMOVED_STALE_PID_FILE);
        Files.writeString(pg.resolve("postmaster.pid"), gone.pid() + "\n" + pg.toAbsolutePath() + "\n");
        try (EmbeddedPostgres again = EmbeddedPostgresConfig.start(pg, 0)) {
            assertThat(JdbcClient.create(again.getPostgresDatabase()).sql("select count(*) from kept").query(Integer.class).single())
                    .isZero();
        }
    }

    @Test
    void aPidFileOfAnUnrelatedLiveProcessIsNotTakenForOurServer() throws Exception {
        Path pg = dataDir.resolve("pg");
        Files.createDirectories(pg);
        Files.writeString(pg.resolve("postmaster.pid"), ProcessHandle.current().pid() + "\n" + pg.toAbsolutePath() + "\n");

        assertThat(new StalePostmaster(pg, java.time.Duration.ofSeconds(5)).clear())
                .as("our own JVM is alive but no postgres: the file is stale, nobody is signalled")
                .isEqualTo(StalePostmaster.Result.REMOVED_STALE_PID_FILE);
        assertThat(pg.resolve("postmaster.pid")).doesNotExist();
    }
}
