package se.listning.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.postgresql.PGConnection;

/**
 * Issue 7 point 2: {@code kill -9} of a region node (a real JVM process of the federation) in the middle of each long
 * job, then a restart on the same data directory. After the restart the state is before or after the job, never
 * between, the job resumes or reports cleanly, and the invariant checker (/admin/invariants) finds nothing. Most kills
 * hit the JVM only, so its embedded PostgreSQL lives on as an orphan that the restart must find and stop; the
 * population feed kill takes PostgreSQL down with the JVM (crash recovery from the WAL). Figures are printed as
 * {@code CRASH ...} lines (docs/RELIABILITY.md, "Crashes").
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrashIT {

    private static final List<String> REGIONS = List.of("01", "20");
    private static final int RESIDENTS = Integer.getInteger("crash.residents", 100_000);
    private static final int FEED_CHANGES = Integer.getInteger("crash.feed-changes", 20_000);
    private static final int OUTBOX_NOTICES = 60;

    private static Federation federation;
    private static Path dataDir;
    private static Soap soap;
    private static TestPopulation population;

    @BeforeAll
    static void startFederation() {
        long started = System.nanoTime();
        federation = TestFederations.start("crash", REGIONS, "--listning.citizen=false", "--listning.start-timeout=600",
                "--listning.demo-residents=" + RESIDENTS,
                "--listning.outbox.lease=10s",
                "--listning.platform.receive-timeout=5s",
                "--listning.platform.read-attempts=1",
                "--listning.sync.rate=40");
        dataDir = federation.config().dataDir();
        soap = new Soap(federation.config().platformUrl());
        population = new TestPopulation(federation);
        figure("federation (platform + regions 01 and 20, %d demo residents each) started in %d s", RESIDENTS,
                seconds(started));
    }

    @AfterAll
    static void stopFederation() {
        if (federation != null) {
            federation.close();
        }
        // a failed test may leave a region's embedded PostgreSQL orphaned: stop it by the pid in its own pid file
        for (String county : REGIONS) {
            postgresOf(county).ifPresent(ProcessHandle::destroy);
        }
    }

    @Test
    @Order(1)
    void aCsvUploadKilledWhileApplyingIsAbandonedWithNothingAppliedAndCanBeUploadedAgain() throws Exception {
        String url = url("01");
        Path file = dataDir.resolve("crash-upload.csv");
        long rows = writeUploadFile(file, 200_000);
        assertThat(rows).as("rows in the upload file").isGreaterThan(10_000);
        String before = invariants("01");

        CrashStaffSession staff = CrashStaffSession.signIn(url, "vardval");
        long upload = staff.upload(file);
        long posted = System.nanoTime();
        await("upload " + upload + " applying", Duration.ofMinutes(5), () -> {
            CrashStaffSession.Progress progress = staff.progress(upload);
            assertThat(progress.finished()).as("the upload finished before it could be killed; make the file larger")
                    .isFalse();
            return progress.applying();
        });
        Thread.sleep(500); // well inside the apply phase (one UPDATE per unit, one transaction)
        Path uploads = dataDir.resolve("region-01").resolve("csv-uploads");
        assertThat(filesIn(uploads)).as("the upload's copy while it runs").isEqualTo(1);
        int orphansBefore = logCount("01", "An orphaned postgres");
        federation.crashRegion("01");
        long killed = System.nanoTime();
        figure("upload %d of %d rows: region 01 JVM killed %d ms after the POST, in phase 'Uppdaterar kopplingar'", upload,
                rows, (killed - posted) / 1_000_000);

        federation.restartRegion("01");
        long healthy = System.nanoTime();
        assertThat(logCount("01", "An orphaned postgres")).as("the orphaned postgres was found and stopped")
                .isEqualTo(orphansBefore + 1);
        assertThat(filesIn(uploads)).as("the cut-off upload's copy (personnummer) is deleted at start").isZero();
        CrashStaffSession again = CrashStaffSession.signIn(url, "vardval");
        await("upload " + upload + " reported as interrupted", Duration.ofMinutes(3), () -> again.progress(upload).finished());
        String result = again.result(upload);
        String after = invariants("01");
        // "… när tjänsten startades om" when the node name is configured (the same name restarts), else "… eftersom
        // servern som körde den slutade svara" once its heartbeat is stale (listning.upload.abandon-after)
        assertThat(result).contains("Filen laddades inte upp").contains("Uppladdningen avbröts");
        assertThat(CrashAdmin.text(after, "doctorLinks")).as("no doctor link changed").isEqualTo(CrashAdmin.text(before, "doctorLinks"));
        assertThat(CrashAdmin.number(after, "doctorChanges")).isEqualTo(CrashAdmin.number(before, "doctorChanges"));
        assertThat(CrashAdmin.number(after, "violations")).as(after).isZero();
        figure("upload %d after restart: FAILED '" + (result.contains("startades om") ? "restarted" : "runner gone")
                + "', doctor links unchanged (fingerprint %s), link history %d rows "
                        + "before and after; region healthy %d s after the kill, upload reported %d s after the kill", upload,
                CrashAdmin.text(after, "doctorLinks"), CrashAdmin.number(after, "doctorChanges"), (healthy - killed) / 1_000_000_000,
                seconds(killed));

        long second = again.upload(file);
        await("upload " + second + " done", Duration.ofMinutes(5), () -> again.progress(second).finished());
        String done = invariants("01");
        assertThat(again.result(second)).contains("Filen är uppladdad");
        long changes = CrashAdmin.number(done, "doctorChanges") - CrashAdmin.number(after, "doctorChanges");
        assertThat(changes).as("the second upload applies whole").isPositive();
        assertThat(CrashAdmin.text(done, "doctorLinks")).isNotEqualTo(CrashAdmin.text(after, "doctorLinks"));
        assertThat(CrashAdmin.number(done, "violations")).as(done).isZero();
        figure("upload %d of the same file after the restart: APPLIED, link history +%d rows", second, changes);
    }

    @Test
    @Order(2)
    void aPopulationFeedKilledWithItsDatabaseResumesFromTheLastCommittedBatchAndAppliesEveryChangeOnce() throws Exception {
        String url = url("01");
        String feedId = "CRASH-" + UUID.randomUUID();
        Path file = dataDir.resolve("crash-feed.txt");
        writeFeed(file, "01", feedId, FEED_CHANGES);
        String before = invariants("01");
        HttpResponse<String> posted = CrashAdmin.postFile(url + "/admin/population-feeds", file);
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(202);
        long start = System.nanoTime();
        String progress = url + "/admin/population-feeds/" + feedId;
        long[] seen = new long[1];
        await("feed applying past a few batches", Duration.ofMinutes(5), () -> {
            String job = CrashAdmin.get(progress);
            assertThat(CrashAdmin.text(job, "state")).as(job).isEqualTo("APPLYING");
            seen[0] = CrashAdmin.number(job, "appliedChanges");
            return seen[0] >= Math.min(5_000, FEED_CHANGES / 4);
        });
        int staleBefore = logCount("01", "Removing stale");
        // as a host crash: the embedded PostgreSQL (postmaster and backends) and the JVM, SIGKILL; the database
        // recovers from its WAL at the next start
        ProcessHandle postmaster = postgresOf("01").orElseThrow();
        postmaster.descendants().forEach(ProcessHandle::destroyForcibly);
        postmaster.destroyForcibly();
        federation.crashRegion("01");
        long killed = System.nanoTime();
        postmaster.onExit().get();
        figure("feed of %d NEW_RESIDENT changes: region 01 and its PostgreSQL killed %d s after the POST, %d changes "
                + "seen committed", FEED_CHANGES, seconds(start) , seen[0]);

        federation.restartRegion("01");
        long healthy = System.nanoTime();
        assertThat(logCount("01", "Removing stale")).as("the dead postmaster's pid file was removed")
                .isEqualTo(staleBefore + 1);
        assertThat(Files.readString(dataDir.resolve("region-01").resolve("postgres.log")))
                .contains("automatic recovery in progress");
        String resumed = CrashAdmin.get(progress);
        long committed = CrashAdmin.number(resumed, "appliedChanges");
        assertThat(committed).as("committed batches survive the crash").isGreaterThanOrEqualTo(seen[0]);
        await("feed done after the restart", Duration.ofMinutes(8),
                () -> "DONE".equals(CrashAdmin.text(CrashAdmin.get(progress), "state")));
        long done = System.nanoTime();
        String job = CrashAdmin.get(progress);
        String after = invariants("01");
        assertThat(CrashAdmin.number(job, "appliedChanges")).isEqualTo(FEED_CHANGES);
        assertThat(CrashAdmin.number(job, "lastAppliedLine")).isEqualTo(FEED_CHANGES + 1L);
        assertThat(CrashAdmin.number(after, "persons") - CrashAdmin.number(before, "persons"))
                .as("every NEW_RESIDENT applied exactly once").isEqualTo(FEED_CHANGES);
        assertThat(CrashAdmin.number(after, "violations")).as(after).isZero();
        figure("feed after restart: %d changes committed at restart (from the WAL), DONE with %d applied, persons +%d; "
                        + "region healthy %d s after the kill, feed DONE %d s after the kill", committed,
                CrashAdmin.number(job, "appliedChanges"), CrashAdmin.number(after, "persons") - CrashAdmin.number(before, "persons"),
                (healthy - killed) / 1_000_000_000, (done - killed) / 1_000_000_000);
    }

    @Test
    @Order(3)
    void aSynchronisationJobKilledMidwayResumesFromItsCursorAtStartUp() {
        String url = url("01");
        HttpResponse<String> started = CrashAdmin.post(url + "/admin/sync",
                java.net.http.HttpRequest.BodyPublishers.noBody(), "application/json");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        long[] seen = new long[3];
        await("sync job a third through", Duration.ofMinutes(3), () -> {
            String status = CrashAdmin.get(url + "/admin/sync");
            seen[0] = CrashAdmin.number(status, "checked");
            seen[1] = CrashAdmin.number(status, "total");
            seen[2] = CrashAdmin.number(status, "id");
            assertThat(CrashAdmin.text(status, "state")).as(status).isIn("NONE", "RUNNING"); // NONE: not started yet
            return seen[1] > 0 && seen[0] >= seen[1] / 3;
        });
        assertThat(seen[1]).as("visitors to check").isGreaterThan(50);
        long jobId = seen[2];
        int orphansBefore = logCount("01", "An orphaned postgres");
        federation.crashRegion("01");
        long killed = System.nanoTime();
        figure("sync job %d: region 01 JVM killed at %d of %d visitors checked", jobId, seen[0], seen[1]);

        federation.restartRegion("01");
        assertThat(logCount("01", "An orphaned postgres")).isEqualTo(orphansBefore + 1);
        String resumedAt = CrashAdmin.get(url + "/admin/sync");
        assertThat(CrashAdmin.number(resumedAt, "checked")).as("the cursor survives").isGreaterThanOrEqualTo(seen[0]);
        await("sync job done after the restart", Duration.ofMinutes(4),
                () -> "DONE".equals(CrashAdmin.text(CrashAdmin.get(url + "/admin/sync"), "state")));
        long done = System.nanoTime();
        String status = CrashAdmin.get(url + "/admin/sync");
        assertThat(CrashAdmin.number(status, "id")).as("the same job resumed, no second job").isEqualTo(jobId);
        assertThat(CrashAdmin.number(status, "checked")).as("every visitor checked once").isEqualTo(seen[1]);
        long mismatches = CrashAdmin.number(status, "mismatches");
        long errors = CrashAdmin.number(status, "errors");
        int findings = status.split("\"kind\":").length - 1;
        assertThat(findings).as("one finding per mismatch or error: nobody reported twice").isEqualTo(mismatches + errors);
        TestPopulation.await("the repairs delivered", () -> CrashAdmin.outboxCount(url, "PENDING"), 0L);
        assertThat(CrashAdmin.number(invariants("01"), "violations")).isZero();
        figure("sync job %d after restart: resumed at %d checked, DONE %d/%d (%d mismatches repaired, %d errors: home "
                        + "region not in the federation), %d s after the kill", jobId, CrashAdmin.number(resumedAt, "checked"),
                CrashAdmin.number(status, "checked"), seen[1], mismatches, errors, (done - killed) / 1_000_000_000);
    }

    @Test
    @Order(4)
    void anOutboxSenderKilledMidDeliveryLosesNoNotice() throws Exception {
        String url = url("01");
        TestPopulation.await("outbox of 01 idle", () -> CrashAdmin.outboxCount(url, "PENDING"), 0L);
        List<String> persons = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < OUTBOX_NOTICES; i++) {
            String person = TestPopulation.personnummer(LocalDate.of(1961, 1, 1).plusDays(i / 50), 950 + i % 50);
            persons.add(person);
            lines.add("NEW_RESIDENT;" + person + ";2080;Utkorg;Kraschsson;Provgatan 1;79131;Falun;");
        }
        population.feed("20", lines.toArray(String[]::new));
        long deliveredBefore = CrashAdmin.outboxCount(url, "DELIVERED");

        federation.stopRegion("20");
        String unit = TestPopulation.unit("01", 1);
        ExecutorService callers = Executors.newFixedThreadPool(8);
        List<Future<String>> answers = new ArrayList<>();
        for (String person : persons) {
            answers.add(callers.submit(() -> soap.createListing("01", person, unit, "20").resultCode()));
        }
        for (Future<String> answer : answers) {
            assertThat(answer.get()).as("a visitor lists while the home region is down (flow 11b)").isIn("OK", "INFO");
        }
        callers.shutdown();
        assertThat(CrashAdmin.outboxCount(url, "PENDING")).isEqualTo(OUTBOX_NOTICES);

        // the receiver comes back hung: the sender's calls hang in flight, and the sender is killed meanwhile
        federation.pauseRegion("01");
        federation.restartRegion("20");
        federation.pauseRegion("20");
        federation.resumeRegion("01");
        Thread.sleep(3_000);
        int orphansBefore = logCount("01", "An orphaned postgres");
        federation.crashRegion("01");
        long killed = System.nanoTime();
        federation.resumeRegion("20");
        Thread.sleep(2_000);
        long reachedBeforeRestart = persons.stream()
                .filter(p -> soap.getListingCounty("20", p).counties().contains("01")).count();
        figure("outbox: %d UpdateListing notices to region 20 (down, then back but hung); sender 01 killed 3 s after it "
                + "resumed; %d of them had reached 20 without 01 recording it", OUTBOX_NOTICES, reachedBeforeRestart);

        int releasedBefore = logCount("01", "Released ");
        federation.restartRegion("01");
        assertThat(logCount("01", "An orphaned postgres")).isEqualTo(orphansBefore + 1);
        assertThat(logCount("01", "Released ")).as("the dead process's outbox-delivery lock is released at start")
                .isEqualTo(releasedBefore + 1);
        TestPopulation.await("every notice delivered after the restart", () -> CrashAdmin.outboxCount(url, "PENDING"), 0L);
        long done = System.nanoTime();
        assertThat(CrashAdmin.outboxCount(url, "FAILED")).isZero();
        assertThat(CrashAdmin.outboxCount(url, "DELIVERED") - deliveredBefore).isEqualTo(OUTBOX_NOTICES);
        for (String person : persons) {
            assertThat(soap.getListingCounty("20", person).counties()).as("home region records the listing in 01")
                    .containsExactly("01");
            assertThat(soap.getListing("01", person).listedAt()).containsExactly(unit);
        }
        assertThat(CrashAdmin.number(invariants("01"), "violations")).isZero();
        assertThat(CrashAdmin.number(invariants("20"), "violations")).isZero();
        figure("outbox after restart: all %d DELIVERED (0 FAILED, 0 lost; %d delivered twice in effect, harmless), "
                + "%d s after the kill", OUTBOX_NOTICES, reachedBeforeRestart, (done - killed) / 1_000_000_000);
    }

    // --- helpers

    private static String url(String county) {
        return federation.config().regionUrl(county);
    }

    private static String invariants(String county) {
        return CrashAdmin.get(url(county) + "/admin/invariants");
    }

    /**
     * The upload file, written from region 01's own database (read-only): every active PV listing at a unit that has
     * an active doctor without cap or age limit, moved to the first such doctor there who is not already the
     * patient's, so every row changes a link.
     */
    private static long writeUploadFile(Path file, int rows) throws Exception {
        List<String> pid = Files.readAllLines(dataDir.resolve("region-01").resolve("pg").resolve("postmaster.pid"));
        String jdbc = "jdbc:postgresql://localhost:" + pid.get(3).trim() + "/postgres";
        String sql = """
                copy (select l.person_id, l.facility_hsa_id, d.hsa_id
                      from listing l
                      join lateral (select o.hsa_id from doctor o
                                    where o.facility_hsa_id = l.facility_hsa_id and o.active and o.max_patients is null
                                      and o.min_age is null and o.max_age is null
                                      and o.hsa_id is distinct from l.doctor_hsa_id
                                    order by o.hsa_id limit 1) d on true
                      where l.active and l.code = 'PV' and l.facility_hsa_id is not null
                      order by l.id limit %d
                ) to stdout with (format csv, delimiter ';', header)""".formatted(rows);
        try (Connection db = DriverManager.getConnection(jdbc, "postgres", "postgres");
             OutputStream out = Files.newOutputStream(file)) {
            db.setReadOnly(true);
            return db.unwrap(PGConnection.class).getCopyAPI().copyOut(sql, out);
        }
    }

    /** A valid feed of {@code changes} NEW_RESIDENT lines (birth numbers 950–999, which the demo data never uses). */
    private static void writeFeed(Path file, String county, String feedId, int changes) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("LISTNING-FOLKBOKFORING v1 " + county + " " + feedId + " " + LocalDateTime.now().withNano(0) + "\n");
            for (int i = 0; i < changes; i++) {
                String person = TestPopulation.personnummer(LocalDate.of(1931, 1, 1).plusDays(i / 50), 950 + i % 50);
                String line = "NEW_RESIDENT;" + person + ";" + county + "80;Krasch;Testsson;Provgatan " + (i % 90 + 1)
                        + ";11122;Provstad;\n";
                sha.update(line.getBytes(StandardCharsets.UTF_8));
                out.write(line);
            }
            out.write("END " + changes + " " + HexFormat.of().formatHex(sha.digest()) + "\n");
        }
    }

    private static long filesIn(Path directory) {
        try (java.util.stream.Stream<Path> files = Files.list(directory)) {
            return files.count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** How often {@code text} occurs in the region's log (all its runs append to one file). */
    private static int logCount(String county, String text) {
        Path log = federation.systems().stream().filter(s -> county.equals(s.county())).findFirst().orElseThrow().log();
        try {
            return (int) Files.readAllLines(log, StandardCharsets.UTF_8).stream().filter(l -> l.contains(text)).count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The region's embedded PostgreSQL (its postmaster), by the pid in its pid file. */
    private static java.util.Optional<ProcessHandle> postgresOf(String county) {
        Path pidFile = dataDir.resolve("region-" + county).resolve("pg").resolve("postmaster.pid");
        try {
            if (!Files.exists(pidFile)) {
                return java.util.Optional.empty();
            }
            long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false));
        } catch (IOException | RuntimeException e) {
            return java.util.Optional.empty();
        }
    }

    private static void await(String what, Duration limit, BooleanSupplier condition) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + ": not within " + limit.toSeconds() + " s");
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static long seconds(long since) {
        return (System.nanoTime() - since) / 1_000_000_000;
    }

    private static void figure(String format, Object... args) {
        System.out.println("CRASH " + String.format(format, args));
    }
}
