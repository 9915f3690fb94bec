package se.listning.platform.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoutingFileParserTest {

    private static final String GET_LISTING = "urn:riv:supportprocess:logistics:carelisting:GetListingResponder:2";
    private static final String CREATE_LISTING = "urn:riv:supportprocess:logistics:carelisting:CreateListingResponder:2";

    private final RoutingFileParser parser =
            new RoutingFileParser(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));

    @Test
    void exactNamespaceRouteWinsOverWildcardAndContractNamesExpand() {
        RoutingTable table = parser.parse(List.of(
                "# demo",
                "",
                "route * 01 http://localhost:8101",
                "route GetListing 01 http://localhost:9999/special/rivtabp21",
                "route\t" + CREATE_LISTING + "\t14   http://region14:8080/",
                "allow SE-CITIZEN GetListing *",
                "allow se-region-14 * 01"), "test");

        assertThat(table.routeFor(GET_LISTING, "01")).get().extracting(Route::producer)
                .isEqualTo(URI.create("http://localhost:9999/special/rivtabp21"));
        assertThat(table.routeFor(CREATE_LISTING, "01")).get().extracting(Route::producer)
                .isEqualTo(URI.create("http://localhost:8101"));
        assertThat(table.routeFor(CREATE_LISTING, "14")).get().extracting(Route::line).isEqualTo(5);
        assertThat(table.routeFor(GET_LISTING, "14")).isEmpty();
        assertThat(table.routeFor(GET_LISTING, "03")).isEmpty();

        assertThat(table.isAuthorised("SE-CITIZEN", GET_LISTING, "25")).isTrue();
        assertThat(table.isAuthorised("se-citizen", GET_LISTING, "25")).as("HSA-ids are case-insensitive").isTrue();
        assertThat(table.isAuthorised("SE-CITIZEN", CREATE_LISTING, "25")).isFalse();
        assertThat(table.isAuthorised("SE-REGION-14", CREATE_LISTING, "01")).isTrue();
        assertThat(table.isAuthorised("SE-REGION-14", CREATE_LISTING, "03")).isFalse();
        assertThat(table.isAuthorised("SE-UNKNOWN", GET_LISTING, "01")).isFalse();
        assertThat(table.routeCount()).isEqualTo(3);
        assertThat(table.allowRuleCount()).isEqualTo(2);
    }

    @Test
    void endpointIsBasePlusRequestPathUnlessTheRouteNamesAFullEndpoint() {
        String path = "/services/supportprocess/logistics/carelisting/GetListing/2/rivtabp21";
        assertThat(new Route("*", "01", URI.create("http://h:1/"), 1).endpointFor(path))
                .isEqualTo(URI.create("http://h:1" + path));
        assertThat(new Route("*", "01", URI.create("http://h:1/region"), 1).endpointFor(path))
                .isEqualTo(URI.create("http://h:1/region" + path));
        assertThat(new Route("*", "01", URI.create("http://h:1/x/rivtabp21"), 1).endpointFor(path))
                .isEqualTo(URI.create("http://h:1/x/rivtabp21"));
    }

    @Test
    void reportsEveryProblemWithItsLineNumber() {
        assertThatThrownBy(() -> parser.parse(List.of(
                "route * 01 http://localhost:8101",         // 1 ok
                "rout * 03 http://localhost:8103",          // 2 unknown directive
                "route * 04",                               // 3 too few arguments
                "route GetListingz 05 http://x:1",          // 4 neither contract nor namespace
                "route * 06 ftp://x:1",                     // 5 bad scheme
                "route * 01 http://other:8101",             // 6 second producer for same key
                "allow SE-A urn:riv:supportprocess:logistics:carelisting:GetListingsResponder:2 *", // 7 unknown carelisting ns
                "allow SE A * *",                           // 8 too many arguments
                "route * * http://x:1",                     // 9 wildcard address in a route
                "allow SE-A * *",                           // 10 ok
                "allow se-a * *"),                          // 11 duplicate of 10
                "routing.txt"))
                .isInstanceOfSatisfying(RoutingFileException.class, e -> {
                    assertThat(e.problems()).hasSize(9);
                    assertThat(e.problems().get(0)).startsWith("line 2: unknown directive 'rout'");
                    assertThat(e.problems().get(1)).startsWith("line 3: expected 'route");
                    assertThat(e.problems().get(2)).startsWith("line 4: 'GetListingz' is neither");
                    assertThat(e.problems().get(3)).startsWith("line 5: producer URL 'ftp://x:1'");
                    assertThat(e.problems().get(4)).startsWith("line 6: a second producer").contains("first on line 1");
                    assertThat(e.problems().get(5)).startsWith("line 7: unknown carelisting namespace");
                    assertThat(e.problems().get(6)).startsWith("line 8: expected 'allow");
                    assertThat(e.problems().get(7)).startsWith("line 9: invalid logical address '*'");
                    assertThat(e.problems().get(8)).isEqualTo("line 11: duplicate of the allow rule on line 10");
                    assertThat(e.getMessage()).startsWith("Invalid routing file routing.txt:");
                });
    }

    @Test
    void acceptsOtherRivtaResponderNamespaces() {
        RoutingTable table = parser.parse(List.of(
                "route urn:riv:itintegration:monitoring:PingForConfigurationResponder:1 01 http://localhost:8101"),
                "t");
        assertThat(table.routeFor("urn:riv:itintegration:monitoring:PingForConfigurationResponder:1", "01")).isPresent();
    }
}
