package se.listning.region.population;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.listning.region.RegionApplication;
import se.listning.region.demodata.RegionIds;

/**
 * Benchmark: starts a region (county 01) with a generated population in a scratch directory, writes a
 * 100 000-change feed about it and measures validation and apply. Never run by the build; run by hand:
 *
 * <pre>
 * ./mvnw -q -pl region test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp region/target/classes:region/target/test-classes:$(cat region/target/cp.txt) \
 *      se.listning.region.population.FeedBenchmark /tmp/feed-bench 100000
 * </pre>
 *
 * The generated feed file stays in the scratch directory (never commit it). Mix: 25% NEW_RESIDENT,
 * 20% MOVED_WITHIN, 15% MOVED_OUT, 5% DECEASED, 10% PROTECTED_IDENTITY, 10% GUARDIANS, 10% MOVED_IN,
 * 5% ID_REPLACED of a NEW_RESIDENT's samordningsnummer earlier in the feed.
 */
public final class FeedBenchmark {

    public static void main(String[] args) throws Exception {
        Path scratch = Path.of(args.length > 0 ? args[0] : "/tmp/feed-bench");
        int changes = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        Files.createDirectories(scratch);
        try (ConfigurableApplicationContext region = SpringApplication.run(RegionApplication.class,
                "--server.port=0", "--listning.county=01", "--listning.data-dir=" + scratch.resolve("db"),
                "--listning.demo-residents=" + changes, "--logging.level.root=WARN",
                "--logging.level.se.listning.region.population=INFO")) {
            JdbcClient jdbc = region.getBean(JdbcClient.class);
            List<String> residents = jdbc.sql("""
                            select person_id from person where resident and not deceased and not coordination_number
                            order by person_id""").query(String.class).list();
            Path feed = scratch.resolve("feed-" + System.currentTimeMillis() + ".txt");
            long t0 = System.nanoTime();
            write(feed, residents, changes);
            long t1 = System.nanoTime();
            FeedJob job = region.getBean(PopulationFeeds.class).submit(feed, false);
            long t2 = System.nanoTime();
            System.out.printf("residents=%d changes=%d file=%d bytes write=%d ms validate+apply=%d ms state=%s applied=%d%n",
                    residents.size(), changes, Files.size(feed), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
                    job.state(), job.appliedChanges());
            if (job.state() == FeedJob.State.REJECTED) {
                System.out.println(job.problemReport().lines().limit(20).toList());
            }
        }
    }

    /** Each existing resident is used at most once, so the feed is valid whatever the order. */
    static void write(Path file, List<String> residents, int changes) throws Exception {
        Random random = new Random(42);
        int next = 0;
        int fresh = 0;
        try (FeedWriter writer = FeedWriter.to(file, "01", "BENCH-" + System.currentTimeMillis(), LocalDateTime.now())) {
            java.util.ArrayDeque<String> coordination = new java.util.ArrayDeque<>();
            for (int i = 0; i < changes; i++) {
                int kind = i % 20;
                if (kind >= 4 && next >= residents.size()) {
                    kind = 0;
                }
                switch (kind) {
                    case 0, 1, 2, 3, 4 -> {
                        boolean sam = kind == 4;
                        String id = newId(fresh++, sam);
                        if (sam) {
                            coordination.add(id);
                        }
                        writer.change("NEW_RESIDENT", id, "0180", "Ny" + i, "Invånare", "Gatan " + i, "11122", "Stockholm", "");
                    }
                    case 5, 6, 7, 8 -> writer.change("MOVED_WITHIN", residents.get(next++), "0182", "Vägen " + i, "13130", "Nacka");
                    case 9, 10, 11 -> writer.change("MOVED_OUT", residents.get(next++), random.nextBoolean() ? "20" : "14");
                    case 12 -> writer.change("DECEASED", residents.get(next++), LocalDate.now().minusDays(1).toString());
                    case 13, 14 -> writer.change("PROTECTED_IDENTITY", residents.get(next++), "ON");
                    case 15, 16 -> writer.change("GUARDIANS", residents.get(next++), "");
                    case 17, 18 -> writer.change("MOVED_IN", newId(fresh++, false), "20", "0180", "Inflyttad" + i, "Person",
                            "Gatan " + i, "11122", "Stockholm", "");
                    default -> {
                        String old = coordination.poll();
                        if (old == null) {
                            writer.change("NEW_RESIDENT", newId(fresh++, false), "0180", "Ny" + i, "Invånare", "Gatan 1", "11122", "Stockholm", "");
                        } else {
                            writer.change("ID_REPLACED", old, newId(fresh++, false));
                        }
                    }
                }
            }
        }
    }

    /** Born 1900–1909, a range the demo generator never uses: no collisions with its persons. */
    private static String newId(int n, boolean coordination) {
        LocalDate birth = LocalDate.of(1900, 1, 1).plusDays(n / 1000);
        return RegionIds.personId(birth, coordination, n % 1000);
    }
}
