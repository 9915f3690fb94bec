package se.listning.region.demodata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import se.listning.region.soap.CarelistingContract;

/**
 * Sends requests the way the national SoapUI suites do (XML text, LogicalAddress header, consumer
 * HSA-id header) and answers XPath questions by local name, like the suites' assertions.
 */
final class SuiteClient {

    static final String PNR = "1.2.752.129.2.1.3.1";
    static final String SAMORDNING = "1.2.752.129.2.1.3.3";
    static final String HSA = "1.2.752.129.2.1.4.1";
    static final String COUNTY = "1.2.752.129.2.2.1.18";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final int port;
    private final String logicalAddress;

    SuiteClient(int port, String logicalAddress) {
        this.port = port;
        this.logicalAddress = logicalAddress;
    }

    record Answer(int status, String body, Document document) {

        List<String> all(String localName) {
            try {
                NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath()
                        .evaluate("//*[local-name()='" + localName + "']", document, XPathConstants.NODESET);
                List<String> texts = new ArrayList<>();
                for (int i = 0; i < nodes.getLength(); i++) {
                    texts.add(nodes.item(i).getTextContent().trim());
                }
                return texts;
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }

        int count(String localName) {
            return all(localName).size();
        }

        String resultCode() {
            List<String> codes = all("resultCode");
            return codes.isEmpty() ? null : codes.get(0);
        }

        /** The suites' standard assertions: a SOAP answer that is not a fault and not exactly ERROR. */
        Answer notError() {
            assertThat(count("Fault")).as("no SOAP fault: %s", body).isZero();
            assertThat(status).as(body).isEqualTo(200);
            assertThat(resultCode()).as(body).isNotNull().isNotEqualTo("ERROR");
            return this;
        }

        Answer result(String code) {
            assertThat(count("Fault")).as("no SOAP fault: %s", body).isZero();
            assertThat(resultCode()).as(body).isEqualTo(code);
            assertThat(all("resultText")).as("a resultText: %s", body).isNotEmpty().allMatch(t -> !t.isBlank());
            return this;
        }
    }

    Answer call(CarelistingContract contract, String body) {
        String envelope = """
                <?xml version="1.0" encoding="UTF-8"?>
                <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" \
                xmlns:itr="urn:riv:itintegration:registry:1" \
                xmlns:core="urn:riv:supportprocess:logistics:carelisting:2" xmlns:r="%s">
                  <soapenv:Header><itr:LogicalAddress>%s</itr:LogicalAddress></soapenv:Header>
                  <soapenv:Body><r:%s>%s</r:%s></soapenv:Body>
                </soapenv:Envelope>
                """.formatted(contract.responderNamespace(), logicalAddress, contract.contractName(), body,
                contract.contractName());
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/services" + contract.address()))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "text/xml; charset=UTF-8")
                .header("SOAPAction", "\"" + contract.soapAction() + "\"")
                .header("x-rivta-original-serviceconsumer-hsaid", "SE-CONSUMER-001")
                .POST(HttpRequest.BodyPublishers.ofString(envelope, StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.body()));
            return new Answer(response.statusCode(), new String(response.body(), StandardCharsets.UTF_8), document);
        } catch (Exception e) {
            throw new AssertionError("SOAP call to " + contract.contractName() + " failed", e);
        }
    }

    static String ii(String element, String root, String extension) {
        return "<r:" + element + "><core:root>" + root + "</core:root><core:extension>" + extension
                + "</core:extension></r:" + element + ">";
    }

    static String person(String id) {
        return ii("personId", root(id), id);
    }

    static String citizen(String id) {
        return actor("CITIZEN", root(id), id);
    }

    static String guardian(String id) {
        return actor("GUARDIAN", root(id), id);
    }

    static String organisation(String type, String hsaId) {
        return actor(type, HSA, hsaId);
    }

    static String actor(String type, String root, String extension) {
        return "<r:actor><core:actorId><core:root>" + root + "</core:root><core:extension>" + extension
                + "</core:extension></core:actorId><core:actorType>" + type + "</core:actorType></r:actor>";
    }

    static String county(String element, String code) {
        return ii(element, COUNTY, code);
    }

    static String cv(String element, String code, String codeSystem) {
        return "<r:" + element + "><core:code>" + code + "</core:code><core:codeSystem>" + codeSystem
                + "</core:codeSystem></r:" + element + ">";
    }

    static String element(String element, String value) {
        return "<r:" + element + ">" + value + "</r:" + element + ">";
    }

    static String root(String id) {
        return Integer.parseInt(id.substring(6, 8)) > 60 ? SAMORDNING : PNR;
    }
}
