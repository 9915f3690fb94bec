package se.listning.region.reliability;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.listning.domain.identity.HsaId;
import se.listning.domain.identity.ListingTypeCode;
import se.listning.domain.identity.PersonId;
import se.listning.region.soap.CarelistingContract;

/**
 * A citizen's CreateListing as real SOAP over HTTP (request text as the e-services send it), to either node.
 * Answers the result code, or {@code FAULT:<status>} for a SOAP fault.
 */
final class CreateListingCalls {

    private static final Pattern RESULT_CODE = Pattern.compile("<(?:\\w+:)?resultCode>\\s*(\\w+)\\s*<");
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private final TwoNodes nodes;

    CreateListingCalls(TwoNodes nodes) {
        this.nodes = nodes;
    }

    String create(int node, PersonId person, HsaId unit, boolean addToQueue) {
        return create(node, person, unit, null, addToQueue);
    }

    String create(int node, PersonId person, HsaId unit, HsaId doctor, boolean addToQueue) {
        CarelistingContract contract = CarelistingContract.CREATE_LISTING;
        String body = "<r:actor><core:actorId>" + ii(person) + "</core:actorId><core:actorType>CITIZEN</core:actorType></r:actor>"
                + "<r:personId>" + ii(person) + "</r:personId>"
                + "<r:healthcareFacilityHSAId>" + unit.value() + "</r:healthcareFacilityHSAId>"
                + "<r:listingType><core:code>" + ListingTypeCode.PV.code() + "</core:code><core:codeSystem>"
                + ListingTypeCode.PV.codeSystem() + "</core:codeSystem></r:listingType>"
                + (doctor == null ? "" : "<r:healthcarePersonnel>" + doctor.value() + "</r:healthcarePersonnel>")
                + (addToQueue ? "<r:addToQueue>true</r:addToQueue>" : "");
        String envelope = """
                <?xml version="1.0" encoding="UTF-8"?>
                <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" \
                xmlns:itr="urn:riv:itintegration:registry:1" xmlns:core="urn:riv:supportprocess:logistics:carelisting:2" \
                xmlns:r="%s">
                  <soapenv:Header><itr:LogicalAddress>%s</itr:LogicalAddress></soapenv:Header>
                  <soapenv:Body><r:CreateListing>%s</r:CreateListing></soapenv:Body>
                </soapenv:Envelope>""".formatted(contract.responderNamespace(), TwoNodes.COUNTY, body);
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + nodes.port(node) + "/services" + contract.address()))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "text/xml; charset=UTF-8")
                .header("SOAPAction", "\"" + contract.soapAction() + "\"")
                .POST(HttpRequest.BodyPublishers.ofString(envelope, StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            Matcher code = RESULT_CODE.matcher(response.body());
            return code.find() ? code.group(1) : "FAULT:" + response.statusCode();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String ii(PersonId person) {
        return "<core:root>" + person.root() + "</core:root><core:extension>" + person.value() + "</core:extension>";
    }
}
