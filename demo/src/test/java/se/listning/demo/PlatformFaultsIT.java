package se.listning.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static se.listning.demo.TestPopulation.unit;

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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Platform faults against a real federation (platform + regions 01, 20, 14 as processes, all calls through the
 * platform): while residents list across regions, a home region is down, a listing region hangs (SIGSTOP) longer
 * than the callers' timeouts, the platform routes a region to a producer that answers only faults, and
 * UpdateListing notices are duplicated and replayed out of order. When the faults end, the outboxes drain and the
 * reconciliation ({@link ReconciliationComparer}) finds no mismatch beyond those already in the independently
 * generated demo data; every test person's home region names the county of their last accepted choice.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlatformFaultsIT {

    private static final List<String> REGIONS = List.of("01", "20", "14");
    private static final String UPDATE_LISTING = "carelisting:UpdateListingResponder:2";

    private static Federation federation;
    private static Soap soap;
    private static TestPopulation population;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final Map<String, String> expectedCounty = new ConcurrentHashMap<>();
    private final Map<String, String> homeOf = new ConcurrentHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger resends = new AtomicInteger();
    private final ExecutorService pool = Executors.newFixedThreadPool(8);
    private String brokenUrl = "(none)";

    @BeforeAll
    static void startFederation() {
        federation = TestFederations.start("faults", REGIONS, "--listning.citizen=false", "--listning.start-timeout=600",
                "--listning.demo-residents=1000");
        soap = new Soap(federation.config().platformUrl());
        population = new TestPopulation(federation);
    }

    @AfterAll
    static void stopFederation() {
        if (federation != null) {
            federation.close();
        }
    }

    @Test
    @Order(1)
    void theFederationConvergesAfterARegionIsDownSlowOrFaultyAndNoticesAreDuplicatedOrReordered() throws Exception {
        ReconciliationComparer comparer = new ReconciliationComparer(federation);
        ReconciliationComparer.Report baseline = comparer.compare();
        assertThat(baseline.mismatches()).as("a fresh demo federation is consistent: generated cross-county records"
                + " never name a county of the same federation").isEmpty();
        int noticesBefore = notices();
        Map<String, List<String>> residents = residents(Map.of("01", 16, "20", 8, "14", 8));
        List<String> of01 = residents.get("01");
        List<String> of20 = residents.get("20");
        List<String> of14 = residents.get("14");
        int faultyAnswers;

        // 1. home region 01 down: its residents list in 20 and 14 (flow 11b, the notices wait in the outboxes)
        federation.stopRegion("01");
        List<Callable<Void>> down = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            down.add(lists(of01.get(i), i % 2 == 0 ? "20" : "14"));
        }
        for (int i = 0; i < 4; i++) {
            down.add(lists(of20.get(i), "14")); // traffic that does not involve 01
        }
        runAll(down);
        federation.restartRegion("01");
        long downDrained = drainMs();

        // 2. listing region 20 hangs for 12 s: calls to it wait, notices to it time out in the sender (10 s)
        federation.pauseRegion("20");
        List<Future<Void>> slow = new ArrayList<>();
        for (int i = 10; i < 14; i++) {
            slow.add(pool.submit(lists(of01.get(i), "20")));
        }
        for (int i = 4; i < 8; i++) {
            slow.add(pool.submit(lists(of20.get(i), i % 2 == 0 ? "01" : "14")));
        }
        Thread.sleep(12_000);
        federation.resumeRegion("20");
        for (Future<Void> f : slow) {
            f.get();
        }
        long slowDrained = drainMs();

        // 3. the platform routes 14 to a producer that answers only faults, then the route is fixed
        try (PlatformFaultsProducer broken = new PlatformFaultsProducer()) {
            route("14", broken.url());
            List<Callable<Void>> faulty = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                faulty.add(lists(of14.get(i), i % 2 == 0 ? "01" : "20"));
            }
            faulty.add(lists(of01.get(1), "20")); // listed in 14 in step 1: 01 tells 14 to end it (flow 8)
            faulty.add(lists(of01.get(3), "01")); // back home: 01 tells 14
            runAll(faulty);
            Thread.sleep(8_000); // the outboxes keep retrying against the broken producer
            route("14", federation.config().regionUrl("14"));
            faultyAnswers = broken.calls();
            brokenUrl = broken.url();
        }
        long faultsDrained = drainMs();

        // 4. duplicated and reordered notices, sent as the regions' systems through the platform
        String twice = of01.get(0); // listed in 20 in step 1
        TestPopulation.await("01 records the listing in 20", () -> soap.getListingCounty("01", twice).counties(), List.of("20"));
        assertThat(soap.updateListing("01", "20", twice, "20", "01").resultCode()).isIn("OK", "INFO");
        assertThat(soap.updateListing("01", "20", twice, "20", "01").resultCode()).isIn("OK", "INFO");
        String reordered = of01.get(14); // home first, then 20, then 14: two relistings counted
        lists(reordered, "01").call();
        lists(reordered, "20").call();
        TestPopulation.await("01 records the listing in 20", () -> soap.getListingCounty("01", reordered).counties(), List.of("20"));
        lists(reordered, "14").call();
        TestPopulation.await("01 records the newer listing in 14", () -> soap.getListingCounty("01", reordered).counties(), List.of("14"));
        TestPopulation.await("20 ended the older listing", () -> soap.getListing("20", reordered).listedAt(), List.of());
        Soap.Answer stale = soap.updateListing("01", "20", reordered, "20", "01"); // the older notice, replayed last
        Soap.Answer repeated = soap.updateListing("01", "14", reordered, "14", "01");
        long replaysEnded = System.nanoTime();

        // converged: every outbox drained, nothing given up, no new mismatch, every home region names the last choice
        awaitOutboxesDrained();
        Set<ReconciliationComparer.Mismatch> known = new HashSet<>(baseline.mismatches());
        List<ReconciliationComparer.Mismatch> fresh = new ArrayList<>();
        ReconciliationComparer.Report after = null;
        long deadline = System.nanoTime() + TestPopulation.CONVERGE.toNanos();
        do {
            after = comparer.compare();
            fresh = after.mismatches().stream().filter(m -> !known.contains(m)).toList();
        } while (!fresh.isEmpty() && System.nanoTime() < deadline && pause(500));
        long convergedMs = (System.nanoTime() - replaysEnded) / 1_000_000;
        Map<String, Integer> calls = platformUpdateListingCalls();
        int notices = notices() - noticesBefore;
        int regionCalls = calls.values().stream().mapToInt(Integer::intValue).sum() - 4;
        System.out.printf("platform faults: %d CreateListing (%d of them resent after a fault), 4 UpdateListing sent by the test (2 duplicates, 1 stale,"
                        + " 1 repeat); %d faulty answers from the broken producer; UpdateListing calls by the regions"
                        + " through the platform: %d %s, notices written: %d, redeliveries: %d; outboxes drained %d ms"
                        + " after region 01 was back, %d ms after region 20 resumed, %d ms after the route was fixed,"
                        + " converged %d ms after the replays; reconciliation: %d records compared, %d outside the"
                        + " federation, %d mismatches before (demo data), %d after, %d new%n",
                requests.get(), resends.get(), faultyAnswers, regionCalls, calls, notices, regionCalls - notices, downDrained,
                slowDrained, faultsDrained, convergedMs, after.compared(), after.outsideFederation(),
                baseline.mismatches().size(), after.mismatches().size(), fresh.size());
        for (Map.Entry<String, String> person : expectedCounty.entrySet()) {
            assertThat(soap.getListingCounty(homeOf.get(person.getKey()), person.getKey()).counties())
                    .as("home region of " + person.getKey().substring(0, 8) + "-****").containsExactly(person.getValue());
        }
        // the home region asks 20 before its own rules (the relisting cap would refuse it too): 20 has no listing
        assertThat(stale.resultCode()).as("the stale notice is refused as stale").isEqualTo("ERROR");
        assertThat(repeated.resultCode()).isIn("OK", "INFO");

        assertThat(fresh).as("mismatches the faults left behind").isEmpty();
        assertThat(after.mismatches()).as("every home region agrees with every listing region").isEmpty();
        assertThat(faultyAnswers).as("the broken producer was called").isPositive();
    }

    /**
     * A stale notice the relisting cap does not stop: the person's first choice (20) does not count, the move to
     * 14 counts once, so the cap would accept the older "listed in 20" replayed last as a second relisting; the home
     * region refuses it after asking 20 (StaleNoticeCheck). Whatever the home region does with it, the reconciliation must say exactly what the federation now holds.
     */
    @Test
    @Order(2)
    void theReconciliationReportsExactlyWhatAStaleNoticeWithinTheCapLeaves() throws Exception {
        ReconciliationComparer comparer = new ReconciliationComparer(federation);
        Set<ReconciliationComparer.Mismatch> before = new HashSet<>(comparer.compare().mismatches());
        String person = residents(Map.of("01", 1)).get("01").get(0);
        lists(person, "20").call();
        TestPopulation.await("01 records the listing in 20", () -> soap.getListingCounty("01", person).counties(), List.of("20"));
        lists(person, "14").call();
        TestPopulation.await("01 records the newer listing in 14", () -> soap.getListingCounty("01", person).counties(), List.of("14"));
        TestPopulation.await("20 ended the older listing", () -> soap.getListing("20", person).listedAt(), List.of());

        Soap.Answer stale = soap.updateListing("01", "20", person, "20", "01");
        awaitOutboxesDrained();

        List<ReconciliationComparer.Mismatch> fresh = comparer.compare().mismatches().stream()
                .filter(m -> !before.contains(m)).toList();
        System.out.printf("stale notice within the cap: %s; home region now says %s, 20 lists at %s, 14 lists at %s;"
                        + " new mismatches: %s%n", stale.resultCode(), soap.getListingCounty("01", person).counties(),
                soap.getListing("20", person).listedAt(), soap.getListing("14", person).listedAt(), fresh);
        if (stale.resultCode().startsWith("ERROR")) {
            assertThat(fresh).isEmpty();
        } else {
            assertThat(fresh).containsExactly(new ReconciliationComparer.Mismatch(person, "PV", "01", "listed in 20", "20",
                    "no active listing here"));
        }
    }

    private static void awaitOutboxesDrained() {
        for (String county : REGIONS) {
            TestPopulation.await("outbox of " + county + " drained", () -> outbox(county).getOrDefault("PENDING", 0), 0);
            assertThat(outbox(county).getOrDefault("FAILED", 0)).as("notices given up by " + county).isZero();
        }
    }

    @org.junit.jupiter.api.AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    /**
     * A CreateListing of {@code person} at unit TK01 of {@code county}, which must be accepted. A SOAP fault
     * instead of an answer (VP009: the region did not answer) is resent, as a consumer does (spec 6.2), at most
     * three times.
     */
    private Callable<Void> lists(String person, String county) {
        return () -> {
            String home = homeOf.get(person);
            Soap.Answer answer = soap.createListing(county, person, unit(county, 1), home);
            requests.incrementAndGet();
            for (int resend = 0; resend < 3 && answer.status() != 200; resend++) {
                resends.incrementAndGet();
                pause(2000);
                answer = soap.createListing(county, person, unit(county, 1), home);
                requests.incrementAndGet();
            }
            assertThat(answer.resultCode()).as("CreateListing in " + county + ": " + answer.xml()).isIn("OK", "INFO");
            expectedCounty.put(person, county);
            return null;
        };
    }

    private void runAll(List<Callable<Void>> tasks) throws Exception {
        for (Future<Void> f : pool.invokeAll(tasks)) {
            f.get();
        }
    }

    /** New residents per county, registered with each home region's population feed (in parallel per county). */
    private Map<String, List<String>> residents(Map<String, Integer> counts) throws Exception {
        Map<String, Future<List<String>>> made = new LinkedHashMap<>();
        counts.forEach((county, n) -> made.put(county, pool.submit(() -> {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                String id = population.resident(county);
                homeOf.put(id, county);
                ids.add(id);
            }
            return ids;
        })));
        Map<String, List<String>> residents = new LinkedHashMap<>();
        for (Map.Entry<String, Future<List<String>>> e : made.entrySet()) {
            residents.put(e.getKey(), e.getValue().get());
        }
        return residents;
    }

    /** Rewrites the platform's routing file with {@code county} routed to {@code url} and has it reloaded. */
    private static void route(String county, String url) throws Exception {
        String routing = Federation.routing(federation.config()).replace(
                "route * " + county + " " + federation.config().regionUrl(county) + "\n", "route * " + county + " " + url + "\n");
        Path file = federation.routingFile();
        Path next = file.resolveSibling("routing.next");
        Files.writeString(next, routing, StandardCharsets.UTF_8);
        Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        HttpResponse<String> reloaded = HTTP.send(HttpRequest.newBuilder(URI.create(federation.config().platformUrl()
                + "/admin/reload")).POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(reloaded.statusCode()).as(reloaded.body()).isEqualTo(200);
    }

    /** Notices per state in a region's outbox ({@code /actuator/outbox}). */
    private static Map<String, Integer> outbox(String county) {
        String body = get(federation.config().regionUrl(county) + "/actuator/outbox");
        Map<String, Integer> counts = new LinkedHashMap<>();
        Matcher m = Pattern.compile("\"(PENDING|DELIVERED|REFUSED|FAILED)\":(\\d+)").matcher(body);
        while (m.find()) {
            counts.put(m.group(1), Integer.parseInt(m.group(2)));
        }
        return counts;
    }

    private static int notices() {
        return REGIONS.stream().mapToInt(c -> outbox(c).values().stream().mapToInt(Integer::intValue).sum()).sum();
    }

    /** Milliseconds until no outbox has a pending notice. */
    private static long drainMs() {
        long start = System.nanoTime();
        awaitOutboxesDrained();
        return (System.nanoTime() - start) / 1_000_000;
    }

    /**
     * UpdateListing calls by region systems (and the test's four, sent as them) in the platform's call log: VP009
     * (producer down or not answering), answered by the broken producer, answered by a region.
     */
    private Map<String, Integer> platformUpdateListingCalls() throws IOException {
        Path log = federation.config().dataDir().resolve("logs").resolve("platform.log");
        Map<String, Integer> calls = new java.util.TreeMap<>();
        Pattern line = Pattern.compile("call consumer=SE-REGION-\\d\\d namespace=\\S*" + Pattern.quote(UPDATE_LISTING)
                + " .* producer=(\\S+) status=(\\S+) vp=(\\S+)");
        for (String l : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            Matcher m = line.matcher(l);
            if (m.find()) {
                String kind = m.group(3).equals("VP009") ? "VP009" : m.group(1).startsWith(brokenUrl) ? "broken producer"
                        : "region HTTP " + m.group(2);
                calls.merge(kind, 1, Integer::sum);
            }
        }
        return calls;
    }

    private static String get(String url) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean pause(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
