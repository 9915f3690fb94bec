package se.listning.region.soap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import se.listning.region.persistence.JdbcListingTypeStore;
import se.listning.region.testing.RegionIT;

/**
 * Base of the SOAP integration tests: the region's shared IT context (real application on embedded
 * PostgreSQL in a fresh directory, real HTTP), request XML written as text like SoapUI sends it.
 */
abstract class SoapIntegrationTest extends RegionIT {

    static final String CONSUMER = "SE-CONSUMER-001";
    static final String OWN_COUNTY = "01";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Autowired
    JdbcListingTypeStore listingTypes;

    TestData data;

    @BeforeEach
    void baseData() {
        data = new TestData(jdbc, listingTypes);
        data.baseListingTypes();
    }

    URI endpoint(CarelistingContract contract) {
        return URI.create("http://localhost:" + port + CxfConfig.SERVICES_PATH + contract.address());
    }

    /** A request body for the contract, addressed to this region. */
    SoapResponse call(CarelistingContract contract, String body) {
        return post(contract, Requests.envelope(contract, OWN_COUNTY, body));
    }

    SoapResponse call(CarelistingContract contract, String logicalAddress, String body) {
        return post(contract, Requests.envelope(contract, logicalAddress, body));
    }

    SoapResponse post(CarelistingContract contract, String envelope) {
        return post(contract, contract.soapAction(), HttpRequest.BodyPublishers.ofString(envelope, StandardCharsets.UTF_8));
    }

    SoapResponse post(CarelistingContract contract, String soapAction, HttpRequest.BodyPublisher body) {
        HttpRequest request = HttpRequest.newBuilder(endpoint(contract))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "text/xml; charset=UTF-8")
                .header("SOAPAction", "\"" + soapAction + "\"")
                .header(SoapCallContext.ORIGINAL_CONSUMER_HEADER, CONSUMER)
                .header("x-mock-response", "ignored by producers")
                .POST(body)
                .build();
        return send(contract, request);
    }

    SoapResponse get(CarelistingContract contract, String query) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint(contract) + query))
                .timeout(Duration.ofSeconds(30)).GET().build();
        return send(contract, request);
    }

    private static SoapResponse send(CarelistingContract contract, HttpRequest request) {
        try {
            HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return SoapResponse.parse(contract, response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * A real technical failure: the table is renamed (committed) for the duration of the call, so the
     * database answers "relation does not exist", then it is renamed back.
     */
    SoapResponse withTableMissing(String table, java.util.function.Supplier<SoapResponse> call) {
        listingTypes.invalidate();
        jdbc.sql("alter table " + table + " rename to " + table + "_gone").update();
        try {
            return call.get();
        } finally {
            jdbc.sql("alter table " + table + "_gone rename to " + table).update();
            listingTypes.invalidate();
        }
    }

}
