package se.listning.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The federation as real processes (platform + regions 01, 20, 14 with small demo data), driven only
 * through the platform with real SOAP, as the e-service (SE-CONSUMER-001) and as the regions
 * (SE-REGION-NN). Each test makes its own residents with a population feed in their home region.
 * Cross-region effects are asynchronous (outbox after commit), so assertions wait for convergence.
 * The test that kills region 01 runs last.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FederationIT {

    private static final Duration CONVERGE = Duration.ofSeconds(90);
    private static final List<String> REGIONS = List.of("01", "20", "14");
    private static final Set<String> USED = new HashSet<>();
    private static final Random RANDOM = new Random();

    private static Federation federation;
    private static Soap soap;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void startFederation() {
        String jarsDir = System.getProperty("listning.jars-dir", "..");
        String dataDir = System.getProperty("listning.federation-dir", "target/federation") + "/" + UUID.randomUUID();
        federation = Federation.start(FederationConfig.fromArgs(new String[] {
                "--listning.regions=" + String.join(",", REGIONS),
                "--listning.data-dir=" + dataDir,
                "--listning.base-port=" + freeBasePort(),
                "--listning.jars-dir=" + jarsDir,
                "--listning.demo-residents=2000",
                "--listning.outbox.first-retry=1s",
                "--listning.outbox.max-retry=2s",
                "--listning.outbox.poll-interval=1s"}));
        soap = new Soap(federation.config().platformUrl());
    }

    @AfterAll
    static void stopFederation() {
        if (federation != null) {
            federation.close();
        }
    }

    @Test
    @Order(1)
    void everySystemIsUpAndPrintsItsStableLine() throws Exception {
        FederationConfig config = federation.config();
        List<String> lines = new ArrayList<>(List.of(
                "listning: platform - " + config.platformUrl(),
                "listning: region 01 " + config.regionUrl("01"),
                "listning: region 20 " + config.regionUrl("20"),
                "listning: region 14 " + config.regionUrl("14")));
        boolean citizenBuilt = Files.isRegularFile(config.citizenJar());
        if (citizenBuilt) {
            lines.add("listning: citizen - " + config.citizenUrl());
        }
        assertThat(federation.systems()).extracting(Federation.SystemInfo::line).containsExactlyElementsOf(lines);
        assertThat(federation.citizen().isPresent()).as("the citizen runs when its jar is built").isEqualTo(citizenBuilt);
        for (String county : REGIONS) {
            assertThat(soap.citizen("GetListingTypes", county, "").resultCode()).as(county).isEqualTo("OK");
            assertThat(HTTP.send(HttpRequest.newBuilder(URI.create(config.regionUrl(county) + "/registers/units")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).as("registers stand-in of " + county).isEqualTo(200);
        }
    }

    @Test
    @Order(2)
    void flows7And8KeepEveryRegionConsistentAndTheHomeRegionCountsTheChanges() {
        String person = resident("01");
        assertThat(soap.createListing("01", person, unit("01", 1), "01").resultCode()).isEqualTo("OK");
        assertThat(soap.getListingCounty("01", person).counties()).containsExactly("01");

        // flow 7: lists in 20; 20 tells the home region, which ends its own listing
        assertThat(soap.createListing("20", person, unit("20", 1), "01").resultCode()).isIn("OK", "INFO");
        await("home region records the listing in 20", () -> soap.getListingCounty("01", person).counties(), List.of("20"));
        assertThat(soap.getListing("01", person).listedAt()).isEmpty();
        assertThat(soap.getListing("20", person).listedAt()).containsExactly(unit("20", 1));

        // flow 8: lists in 14; 14 tells 01, 01 tells 20, 20 ends its listing
        assertThat(soap.createListing("14", person, unit("14", 1), "01").resultCode()).isIn("OK", "INFO");
        await("home region records the listing in 14", () -> soap.getListingCounty("01", person).counties(), List.of("14"));
        await("the previous listing region ends its listing", () -> soap.getListing("20", person).listedAt(), List.of());
        assertThat(soap.getListing("14", person).listedAt()).containsExactly(unit("14", 1));

        // a third change within 12 months: the home region refuses (PV cap 2, docs/rules.md)
        assertThat(soap.createListing("01", person, unit("01", 1), "01").resultCode())
                .isEqualTo("ERROR_MAXIMUM_ANNUAL_UPDATES_EXCEEDED");
        assertThat(soap.getListingCounty("01", person).counties()).containsExactly("14");

        // GetListingCounty: only the home region answers with counties (TKB scenario 4)
        for (String county : List.of("20", "14")) {
            Soap.Answer answer = soap.getListingCounty(county, person);
            assertThat(answer.resultCode()).isIn("OK", "INFO");
            assertThat(answer.counties()).as("asked %s, not the home region", county).isEmpty();
        }
    }

    @Test
    @Order(3)
    void listingBackInTheHomeRegionEndsTheCrossCountyListing() {
        String person = resident("01");
        assertThat(soap.createListing("20", person, unit("20", 1), "01").resultCode()).isIn("OK", "INFO");
        await("home region records the listing in 20", () -> soap.getListingCounty("01", person).counties(), List.of("20"));
        assertThat(soap.getListing("20", person).listedAt()).containsExactly(unit("20", 1));

        assertThat(soap.createListing("01", person, unit("01", 1), "01").resultCode()).isIn("OK", "INFO");

        await("20 ends its listing", () -> soap.getListing("20", person).listedAt(), List.of());
        assertThat(soap.getListingCounty("01", person).counties()).containsExactly("01");
        assertThat(soap.getListing("01", person).listedAt()).containsExactly(unit("01", 1));
    }

    @Test
    @Order(4)
    void aDuplicateUpdateListingChangesNothingTheSecondTime() {
        String person = resident("01");
        assertThat(soap.createListing("01", person, unit("01", 1), "01").resultCode()).isEqualTo("OK");
        assertThat(soap.getListing("01", person).listedAt()).containsExactly(unit("01", 1));

        Soap.Answer first = soap.updateListing("01", "20", person, "20", "01");
        Soap.Answer second = soap.updateListing("01", "20", person, "20", "01");

        assertThat(first.resultCode()).isEqualTo("OK");
        assertThat(second.resultCode()).isIn("OK", "INFO");
        assertThat(soap.getListingCounty("01", person).counties()).containsExactly("20");
        assertThat(soap.getListing("01", person).listedAt()).isEmpty();
    }

    @Test
    @Order(5)
    void flow13ClosingAUnitHandsTheCrossCountyListedBackToTheirHomeRegion() throws Exception {
        String person = resident("01");
        String closing = unit("14", 2);
        assertThat(soap.createListing("14", person, closing, "01").resultCode()).isIn("OK", "INFO");
        await("home region records the listing in 14", () -> soap.getListingCounty("01", person).counties(), List.of("14"));
        assertThat(soap.getListing("14", person).listedAt()).containsExactly(closing);

        HttpResponse<String> closed = HTTP.send(HttpRequest.newBuilder(URI.create(
                        federation.config().regionUrl("14") + "/admin/facilities/" + closing + "/close"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(closed.statusCode()).as(closed.body()).isBetween(200, 299);
        await("home region no longer records a listing in 14",
                () -> soap.getListingCounty("01", person).counties().contains("14"), false);
        assertThat(soap.getListing("14", person).listedAt()).isEmpty();
        String facilities = soap.citizen("GetAvailableHealthcareFacilities", "14", "").xml();
        assertThat(facilities).doesNotContain(closing);
    }

    @Test
    @Order(6)
    void flow9APopulationFeedMovingAResidentFrom01To20ResetsListingsInBothRegions() {
        String person = resident("01");
        assertThat(soap.createListing("20", person, unit("20", 1), "01").resultCode()).isIn("OK", "INFO");
        await("home region records the listing in 20", () -> soap.getListingCounty("01", person).counties(), List.of("20"));
        assertThat(soap.getListing("20", person).listedAt()).containsExactly(unit("20", 1));

        feed("01", "MOVED_OUT;" + person + ";20");
        feed("20", "MOVED_IN;" + person + ";01;2080;Flytt;Fågel;Åsgatan 1;79131;Falun;");

        assertThat(soap.getListingCounty("01", person).counties()).as("01 is no longer the home region").isEmpty();
        assertThat(soap.getListing("20", person).listedAt()).as("the listing in 20 was reset").isEmpty();
        assertThat(soap.getListingCounty("20", person).counties()).as("new home, no active choice yet").isEmpty();
        // as a resident of 20 the person now lists there like anyone else
        assertThat(soap.createListing("20", person, unit("20", 1), "20").resultCode()).isEqualTo("OK");
        assertThat(soap.getListingCounty("20", person).counties()).containsExactly("20");
    }

    @Test
    @Order(7)
    void aStoppedRegionIsDownBehindThePlatformUntilRestarted() {
        federation.stopRegion("14");

        assertThat(federation.healthy(federation.config().regionUrl("14"))).isFalse();
        Soap.Answer down = soap.citizen("GetListingTypes", "14", "");
        assertThat(down.status()).isEqualTo(500);
        assertThat(down.xml()).contains("VP009");
        assertThat(soap.citizen("GetListingTypes", "20", "").resultCode()).as("the others still answer").isEqualTo("OK");

        federation.restartRegion("14");

        assertThat(soap.citizen("GetListingTypes", "14", "").resultCode()).isEqualTo("OK");
    }

    @Test
    @Order(10)
    void aRegionKilledMidFlowGetsItsNoticeAfterRestartAndTheFederationConverges() {
        String person = resident("01");
        assertThat(soap.createListing("01", person, unit("01", 1), "01").resultCode()).isEqualTo("OK");
        assertThat(soap.getListing("01", person).listedAt()).containsExactly(unit("01", 1));

        federation.killRegion("01");
        Soap.Answer listed = soap.createListing("20", person, unit("20", 1), "01");
        assertThat(listed.resultCode()).as("home region unreachable: accepted, notice kept (flow 11b)").isIn("OK", "INFO");
        assertThat(soap.getListing("20", person).listedAt()).containsExactly(unit("20", 1));

        federation.restartRegion("01");

        await("the outbox delivers after the restart", () -> soap.getListingCounty("01", person).counties(), List.of("20"));
        assertThat(soap.getListing("01", person).listedAt()).isEmpty();
        assertThat(soap.getListing("20", person).listedAt()).containsExactly(unit("20", 1));
    }

    // --- helpers -------------------------------------------------------------------------------------

    /** A new synthetic resident of {@code county}, registered there through a population feed. */
    private static String resident(String county) {
        String id;
        synchronized (USED) {
            do {
                LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(RANDOM.nextInt(40 * 365));
                id = personnummer(birth, 950 + RANDOM.nextInt(50)); // birth numbers the demo data never uses
            } while (!USED.add(id));
        }
        String municipality = county + "80";
        feed(county, "NEW_RESIDENT;" + id + ";" + municipality + ";Test;Federationsson;Provgatan 1;11122;Provstad;");
        return id;
    }

    /** Posts a one-feed delivery to a region's population feed endpoint and waits until it is applied. */
    private static void feed(String county, String... lines) {
        String feedId = "FED-" + UUID.randomUUID();
        StringBuilder text = new StringBuilder("LISTNING-FOLKBOKFORING v1 " + county + " " + feedId + " "
                + LocalDateTime.now().withNano(0) + "\n");
        StringBuilder changes = new StringBuilder();
        for (String line : lines) {
            changes.append(line).append('\n');
        }
        text.append(changes).append("END ").append(lines.length).append(' ').append(sha256(changes.toString())).append('\n');
        String base = federation.config().regionUrl(county) + "/admin/population-feeds";
        try {
            HttpResponse<String> posted = HTTP.send(HttpRequest.newBuilder(URI.create(base))
                    .header("Content-Type", "text/plain; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(text.toString(), StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(posted.statusCode()).as(posted.body()).isEqualTo(202);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        await("feed " + feedId + " applied in " + county, () -> {
            try {
                return HTTP.send(HttpRequest.newBuilder(URI.create(base + "/" + feedId)).build(),
                        HttpResponse.BodyHandlers.ofString()).body().contains("\"state\":\"DONE\"");
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }, true);
    }

    private static <T> void await(String what, Supplier<T> actual, T expected) {
        long deadline = System.nanoTime() + CONVERGE.toNanos();
        T last = null;
        while (System.nanoTime() < deadline) {
            last = actual.get();
            if (expected.equals(last)) {
                return;
            }
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
        assertThat(last).as(what + " (waited " + CONVERGE.toSeconds() + " s)").isEqualTo(expected);
    }

    /** Demo-data unit TKnn of a county: SE + organisation number (232100 + county ordinal + Luhn) + -TKnn. */
    static String unit(String county, int number) {
        List<String> counties = List.of("01", "03", "04", "05", "06", "07", "08", "09", "10", "12", "13", "14", "17",
                "18", "19", "20", "21", "22", "23", "24", "25");
        String nine = "232100" + String.format("%03d", counties.indexOf(county) + 1);
        return "SE" + nine + luhn(nine) + "-TK" + String.format("%02d", number);
    }

    static String personnummer(LocalDate birth, int serial) {
        String nine = String.format("%02d%02d%02d%03d", birth.getYear() % 100, birth.getMonthValue(), birth.getDayOfMonth(), serial);
        return String.format("%02d", birth.getYear() / 100) + nine + luhn(nine);
    }

    static int luhn(String nine) {
        int sum = 0;
        for (int i = 0; i < nine.length(); i++) {
            int d = (nine.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += d / 10 + d % 10;
        }
        return (10 - sum % 10) % 10;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A base port whose platform, citizen and region ports are all free now. */
    private static int freeBasePort() {
        for (int attempt = 0; attempt < 50; attempt++) {
            // below the kernel's ephemeral range (32768+), where the embedded databases' free ports and
            // outgoing connections are picked: a port free now could otherwise be taken before a region binds it
            int base = 20000 + RANDOM.nextInt(120) * 100;
            if (free(base) && free(base + 1) && REGIONS.stream().allMatch(c -> free(base + 100 + Integer.parseInt(c)))) {
                return base;
            }
        }
        throw new IllegalStateException("no free ports");
    }

    private static boolean free(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
