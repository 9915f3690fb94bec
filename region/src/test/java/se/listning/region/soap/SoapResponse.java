package se.listning.region.soap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** An HTTP answer from a SOAP endpoint, with XPath helpers (prefixes as in the spec, section 0.2). */
record SoapResponse(CarelistingContract contract, int status, String contentType, byte[] bytes, Document document) {

    static final Map<String, String> NAMESPACES = Map.ofEntries(
            Map.entry("soapenv", "http://schemas.xmlsoap.org/soap/envelope/"),
            Map.entry("core", "urn:riv:supportprocess:logistics:carelisting:2"),
            Map.entry("ext", "urn:riv:supportprocess:logistics:carelisting:2.1"),
            Map.entry("glt", CarelistingContract.GET_LISTING_TYPES.responderNamespace()),
            Map.entry("gahf", CarelistingContract.GET_AVAILABLE_HEALTHCARE_FACILITIES.responderNamespace()),
            Map.entry("gahp", CarelistingContract.GET_AVAILABLE_HEALTHCARE_PERSONNEL.responderNamespace()),
            Map.entry("glc", CarelistingContract.GET_LISTING_COUNTY.responderNamespace()),
            Map.entry("gl", CarelistingContract.GET_LISTING.responderNamespace()),
            Map.entry("cl", CarelistingContract.CREATE_LISTING.responderNamespace()),
            Map.entry("ul", CarelistingContract.UPDATE_LISTING.responderNamespace()),
            Map.entry("wsdl", "http://schemas.xmlsoap.org/wsdl/"),
            Map.entry("xs", "http://www.w3.org/2001/XMLSchema"));

    static SoapResponse parse(CarelistingContract contract, int status, String contentType, byte[] bytes) {
        Document document = null;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
        } catch (Exception e) {
            // not XML: tests asserting on the body will say so
        }
        return new SoapResponse(contract, status, contentType, bytes, document);
    }

    String body() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    String text(String xpath) {
        try {
            return (String) xpath().evaluate(xpath, document, XPathConstants.STRING);
        } catch (Exception e) {
            throw new AssertionError("bad xpath " + xpath, e);
        }
    }

    int count(String xpath) {
        return nodes(xpath).size();
    }

    List<String> texts(String xpath) {
        return nodes(xpath).stream().map(Node::getTextContent).toList();
    }

    List<Node> nodes(String xpath) {
        assertThat(document).as("response is XML: %s", body()).isNotNull();
        try {
            NodeList list = (NodeList) xpath().evaluate(xpath, document, XPathConstants.NODESET);
            List<Node> nodes = new ArrayList<>();
            for (int i = 0; i < list.getLength(); i++) {
                nodes.add(list.item(i));
            }
            return nodes;
        } catch (Exception e) {
            throw new AssertionError("bad xpath " + xpath, e);
        }
    }

    String resultCode() {
        return text("/soapenv:Envelope/soapenv:Body/*/*[local-name()='resultCode']");
    }

    String resultText() {
        return text("/soapenv:Envelope/soapenv:Body/*/*[local-name()='resultText']");
    }

    boolean isFault() {
        return document != null && count("/soapenv:Envelope/soapenv:Body/soapenv:Fault") == 1;
    }

    String faultCode() {
        return text("/soapenv:Envelope/soapenv:Body/soapenv:Fault/faultcode");
    }

    String faultString() {
        return text("/soapenv:Envelope/soapenv:Body/soapenv:Fault/faultstring");
    }

    /**
     * The national suites' standard assertions: a SOAP response, not a fault, valid against the official
     * schema, with a UTF-8 charset in Content-Type. Returns this for chaining.
     */
    SoapResponse assertValidAnswer() {
        assertThat(isFault()).as("expected an answer, got %s", body()).isFalse();
        assertThat(status).as("HTTP status").isEqualTo(200);
        assertThat(contentType).as("Content-Type").containsIgnoringCase("text/xml").containsIgnoringCase("charset=UTF-8");
        List<Node> payload = nodes("/soapenv:Envelope/soapenv:Body/*");
        assertThat(payload).hasSize(1);
        OfficialSchemas.validate(contract, (Element) payload.get(0));
        return this;
    }

    SoapResponse assertNotError() {
        assertValidAnswer();
        assertThat(resultCode()).as("resultCode (text: %s)", resultText()).isNotEqualTo("ERROR");
        return this;
    }

    SoapResponse assertResult(String code) {
        assertValidAnswer();
        assertThat(resultCode()).as("resultCode (text: %s)", resultText()).isEqualTo(code);
        if (!"OK".equals(code)) {
            assertThat(resultText()).as("resultText").isNotBlank();
        }
        return this;
    }

    /** A SOAP 1.1 fault with the given faultcode local part (Client or Server). */
    SoapResponse assertFault(String codeLocalPart) {
        assertThat(isFault()).as("expected a SOAP fault, got HTTP %s: %s", status, body()).isTrue();
        String code = faultCode();
        assertThat(code.substring(code.indexOf(':') + 1)).as("faultcode").isEqualTo(codeLocalPart);
        assertThat(faultString()).isNotBlank();
        assertThat(body()).doesNotContain("at se.listning", "at org.apache", "Exception:");
        assertThat(contentType).containsIgnoringCase("text/xml");
        return this;
    }

    private static XPath xpath() {
        XPath xpath = XPathFactory.newInstance().newXPath();
        xpath.setNamespaceContext(new NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                return NAMESPACES.getOrDefault(prefix, XMLConstants.NULL_NS_URI);
            }

            @Override
            public String getPrefix(String uri) {
                return null;
            }

            @Override
            public Iterator<String> getPrefixes(String uri) {
                return null;
            }
        });
        return xpath;
    }
}
