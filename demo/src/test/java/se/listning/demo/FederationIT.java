package se.listning.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
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

    private static final List<String> REGIONS = List.of("01", "20", "14");

    private static Federation federation;
    private static Soap soap;
    private static TestPopulation population;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void startFederation() {
        federation = TestFederations.start("federation", REGIONS, "--listning.demo-residents=2000");
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
        String person = population.resident("01");
        assertThat(soap.createListing("01", person, TestPopulation.unit("01", 1), "01").resultCode()).isEqualTo("OK");
        assertThat(soap.getListingCounty("01", person).counties()).containsExactly("01");

        // flow 7: lists in 20; 20 tells the home region, which ends its own listing
        assertThat(soap.createListing("20", person, TestPopulation.unit("20", 1), "01").resultCode()).isIn("OK", "INFO");
        TestPopulation.await("home region records the listing in 20", () -> soap.getListingCounty("01", person).counties(), List.of("20"));
        assertThat(soap.getListing("01", person).listedAt()).isEmpty();
        assertThat(soap.getListing("20", person).listedAt()).containsExactly(TestPopulation.unit("20", 1));

        // flow 8: lists in 14; 14 tells 01, 01 tells 20, 20 ends its listing
        assertThat(soap.createListing("14", person, TestPopulation.unit("14", 1), "01").resultCode()).isIn("OK", "INFO");
        TestPopulation.await("home region records the listing in 14", () -> soap.getListingCounty("01", person).counties(), List.of("14"));
        TestPopulation.await("the previous listing region ends its listing", () -> soap.getListing("20", person).listedAt(), List.of());
        assertThat(soap.getListing("14", person).listedAt()).containsExactly(TestPopulation.unit("14", 1));

        // a third change within 12 months: the home region refuses (PV cap 2, docs/rules.md)
        assertThat(soap.createListing("01", person, TestPopulation.unit("01", 1), "01").resultCode())
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
        String person = population.resident("01");
        assertThat(soap.createListing("20", person, TestPopulation.unit("20", 1), "01").resultCode()).isIn("OK", "INFO");
        TestPopulation.await("home region records the listing in 20", () -> soap.getListingCounty("01", person).counties(), List.of("20"));
        assertThat(soap.getListing("20", person).listedAt()).containsExactly(TestPopulation.unit("20", 1));

        assertThat(soap.createListing("01", person, TestPopulation.unit("01", 1), "01").resultCode()).isIn("OK", "INFO");

        TestPopulation.await("20 ends its listing", () -> soap.getListing("20", person).listedAt(), List.of());
        assertThat(soap.getListingCounty("01", person).counties()).containsExactly("01");
        assertThat(soap.getListing("01", person).listedAt()).containsExactly(TestPopulation.unit("01", 1));
    }

    @Test
    @Order(4)
    void aDuplicateUpdateListingChangesNothingTheSecondTime() {
        String person = population.resident("01");
        assertThat(soap.createListing("01", person, TestPopulation.unit("01", 1), "01").resultCode()).isEqualTo("OK");
        assertThat(soap.getListing("01", person).listedAt()).containsExactly(TestPopulation.unit("01", 1));

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
        String person = population.resident("01");
        String closing = TestPopulation.unit("14", 2);
        assertThat(soap.createListing("14", person, closing, "01").resultCode()).isIn("OK", "INFO");
        TestPopulation.await("home region records the listing in 14", () -> soap.getListingCounty("01", person).counties(), List.of("14"));
        assertThat(soap.getListing("14", person).listedAt()).containsExactly(closing);

        HttpResponse<String> closed = HTTP.send(HttpRequest.newBuilder(URI.create(
                        federation.config().regionUrl("14") + "/admin/facilities/" + closing + "/close"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(closed.statusCode()).as(closed.body()).isBetween(200, 299);
        TestPopulation.await("home region no longer records a listing in 14",
                () -> soap.getListingCounty("01", person).counties().contains("14"), false);
        assertThat(soap.getListing("14", person).listedAt()).isEmpty();
        String facilities = soap.citizen("GetAvailableHealthcareFacilities", "14", "").xml();
        assertThat(facilities).doesNotContain(closing);
    }

    @Test
    @Order(6)
    void flow9APopulationFeedMovingAResidentFrom01To20ResetsListingsInBothRegions() {
        String person = population.resident("01");
        assertThat(soap.createListing("20", person, TestPopulation.unit("20", 1), "01").resultCode()).isIn("OK", "INFO");
        TestPopulation.await("home region records the listing in 20", () -> soap.getListingCounty("01", person).counties(), List.of("20"));
        assertThat(soap.getListing("20", person).listedAt()).containsExactly(TestPopulation.unit("20", 1));

        population.feed("01", "MOVED_OUT;" + person + ";20");
        population.feed("20", "MOVED_IN;" + person + ";01;2080;Flytt;Fågel;Åsgatan 1;79131;Falun;");

        assertThat(soap.getListingCounty("01", person).counties()).as("01 is no longer the home region").isEmpty();
        assertThat(soap.getListing("20", person).listedAt()).as("the listing in 20 was reset").isEmpty();
        assertThat(soap.getListingCounty("20", person).counties()).as("new home, no active choice yet").isEmpty();
        // as a resident of 20 the person now lists there like anyone else
        assertThat(soap.createListing("20", person, TestPopulation.unit("20", 1), "20").resultCode()).isEqualTo("OK");
        assertThat(soap.getListingCounty("20", person).counties()).containsExactly("20");
    }

    @Test
    @Order(7)
    void aStoppedRegionIsDownBehindThePlatformUntilRestarted() throws java.io.IOException {
        federation.stopRegion("14");

        // an orderly stop: requests and jobs finish, the pool closes, and only then the embedded server stops
        // (no JVM hook of its own stopping it halfway, which left a job waiting 30 s for a connection)
        List<String> lines = Files.readAllLines(federation.config().dataDir().resolve("logs").resolve("region-14.log"));
        int stopped = lastIndexOf(lines, "Commencing graceful shutdown");
        assertThat(stopped).as("region 14 stopped gracefully").isNotNegative();
        List<String> stop = lines.subList(stopped, lines.size());
        assertThat(stop).noneMatch(l -> l.contains("Failed to validate connection") || l.contains("Failed to obtain JDBC"));
        assertThat(lastIndexOf(stop, "shut down postmaster")).as("the embedded server stops after the pool")
                .isGreaterThan(lastIndexOf(stop, "HikariDataSource"));

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
        String person = population.resident("01");
        assertThat(soap.createListing("01", person, TestPopulation.unit("01", 1), "01").resultCode()).isEqualTo("OK");
        assertThat(soap.getListing("01", person).listedAt()).containsExactly(TestPopulation.unit("01", 1));

        federation.killRegion("01");
        Soap.Answer listed = soap.createListing("20", person, TestPopulation.unit("20", 1), "01");
        assertThat(listed.resultCode()).as("home region unreachable: accepted, notice kept (flow 11b)").isIn("OK", "INFO");
        assertThat(soap.getListing("20", person).listedAt()).containsExactly(TestPopulation.unit("20", 1));

        federation.restartRegion("01");

        TestPopulation.await("the outbox delivers after the restart", () -> soap.getListingCounty("01", person).counties(), List.of("20"));
        assertThat(soap.getListing("01", person).listedAt()).isEmpty();
        assertThat(soap.getListing("20", person).listedAt()).containsExactly(TestPopulation.unit("20", 1));
    }

    /** The index of the last line containing {@code text}, -1 when none does. */
    private static int lastIndexOf(List<String> lines, String text) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        return -1;
    }
}
