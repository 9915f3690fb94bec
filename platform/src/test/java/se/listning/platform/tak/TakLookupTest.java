package se.listning.platform.tak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.listning.platform.routing.RoutingFileParser;
import se.listning.platform.routing.RoutingTable;

class TakLookupTest {

    private static final String CREATE_LISTING = "urn:riv:supportprocess:logistics:carelisting:CreateListingResponder:2";

    private final RoutingTable table = new RoutingFileParser(Clock.systemUTC()).parse(List.of(
            "route * 20 http://localhost:8120",
            "route * 01 http://localhost:8101",
            "route GetListing 12 http://localhost:8112",
            "route CreateListing 14 http://localhost:8114",
            "route * 03 http://localhost:8103",
            "allow SE-CONSUMER-001 * *",
            "allow SE-CITIZEN-B CreateListing 01",
            "allow SE-CITIZEN-B * 14",
            "allow SE-CITIZEN-B GetListing 12",
            "allow SE-CITIZEN-B * 99"), "test");

    @Test
    void everyAddressWithARouteForTheContractWhenTheConsumerMayCallEverything() {
        TakLookup.Addressees answer = TakLookup.lookup(table, "SE-CONSUMER-001", "CreateListing");

        assertThat(answer.serviceConsumer()).isEqualTo("SE-CONSUMER-001");
        assertThat(answer.serviceContract()).isEqualTo(CREATE_LISTING);
        assertThat(answer.logicalAddressees()).as("sorted; 12 routes GetListing only").containsExactly("01", "03", "14", "20");
        assertThat(TakLookup.lookup(table, "SE-CONSUMER-001", "GetListing").logicalAddressees())
                .containsExactly("01", "03", "12", "20");
    }

    @Test
    void onlyAddressesTheConsumerIsAllowedAndThatHaveARoute() {
        assertThat(TakLookup.lookup(table, "se-citizen-b", CREATE_LISTING).logicalAddressees())
                .as("case-insensitive HSA-id; 99 is allowed but has no route").containsExactly("01", "14");
        assertThat(TakLookup.lookup(table, "SE-CITIZEN-B", "GetListing").logicalAddressees()).containsExactly("12");
        assertThat(TakLookup.lookup(table, "SE-CITIZEN-B", "GetListingTypes").logicalAddressees()).isEmpty();
        assertThat(TakLookup.lookup(table, "SE-UNKNOWN", "CreateListing").logicalAddressees()).isEmpty();
    }

    @Test
    void anUnknownContractIsRefusedWithTheKnownOnes() {
        for (String contract : List.of("CreateListings", "urn:riv:supportprocess:logistics:carelisting:FooResponder:2",
                "urn:riv:clinicalprocess:healthcond:description:GetCareDocumentationResponder:2", "*")) {
            assertThatThrownBy(() -> TakLookup.lookup(table, "SE-CONSUMER-001", contract))
                    .as(contract)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("unknown serviceContract '" + contract + "'")
                    .hasMessageContaining("GetListingCounty");
        }
    }
}
