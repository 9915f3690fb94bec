package se.listning.region.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import javax.xml.XMLConstants;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import se.listning.region.soap.CarelistingContract;
import se.listning.region.testing.RegionIT;

/**
 * Fuzzing the SOAP request path of CreateListing over real HTTP (issue 7, point 4): a valid envelope mutated at
 * random (an element dropped, duplicated or moved, a text node replaced with hostile text, random bytes spliced
 * in, the body cut short) must always get a SOAP envelope back (a soap:Client fault or a resultCode, never a
 * server fault, an HTML page or a stack trace), and state may change only when the answer is OK, and then only
 * for a request that the contract's schema accepts (the oracle validates the mutated payload locally).
 */
class SoapFuzzIT extends RegionIT {

    private static final int TRIES = 200;
    private static final String XSD = "schemas/interactions/CreateListingInteraction/CreateListingResponder_2.0.xsd";
    private static final String[] TEXT = {"", " ", "A", "1", "19121212", "PV", "SE2321000016-", "<", "&", "'", "\"",
        "' or 1=1--", "${jndi:ldap://x}", "\u202E", "\u200B", "ö", "\uD83D\uDE00", "true", "CITIZEN", "01", "%00"};

    @Test
    void mutatedCreateListingRequestsAreAnsweredCleanly() throws Exception {
        Schema oracle = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(getClass().getClassLoader().getResource(XSD));
        SoapWire wire = new SoapWire(port);
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger accepted = new AtomicInteger();
        Fuzz.check("SOAP CreateListing mutations", TRIES, random -> {
            String pnr = fixtures.resident().create().value();
            String unit = fixtures.facility().create().value();
            byte[] request = mutate(random, HostileRequests.valid(CarelistingContract.CREATE_LISTING, pnr, unit));
            TableCounts before = TableCounts.of(jdbc);

            SoapAnswer answer = wire.post(CarelistingContract.CREATE_LISTING,
                    CarelistingContract.CREATE_LISTING.soapAction(), "text/xml; charset=UTF-8", request);

            TableCounts after = TableCounts.of(jdbc);
            String shown = new String(request, StandardCharsets.UTF_8);
            assertThat(answer.isSoapEnvelope()).as("SOAP answer to %s: %s", shown, answer).isTrue();
            assertThat(answer.faultCode()).as("no server fault for %s: %s", shown, answer).isNotEqualTo("Server");
            assertThat(answer.showsStackTrace()).as("%s", answer).isFalse();
            assertThat(answer.echoesFullPersonnummer()).as("%s", answer).isFalse();
            assertThat(answer.explanation() != null || "OK".equals(answer.resultCode())).as("%s", answer).isTrue();
            if ("OK".equals(answer.resultCode())) {
                accepted.incrementAndGet();
                assertThat(schemaValid(oracle, request)).as("accepted but not schema-valid: %s", shown).isTrue();
                assertThat(after.nothingLost(before)).isTrue();
            } else {
                refused.incrementAndGet();
                assertThat(after).as("no state change when refused: %s -> %s", shown, answer).isEqualTo(before);
            }
        });
        System.out.println("SoapFuzzIT: " + TRIES + " mutated CreateListing requests, " + refused + " refused, "
                + accepted + " accepted (schema-valid), state changes on refusal: 0");
    }

    /** One random mutation of the envelope's payload, or of its bytes. */
    private static byte[] mutate(Random random, String envelope) {
        int kind = random.nextInt(6);
        byte[] bytes = envelope.getBytes(StandardCharsets.UTF_8);
        if (kind == 4) {
            byte[] spliced = new byte[bytes.length + 1 + random.nextInt(8)];
            int at = random.nextInt(bytes.length);
            System.arraycopy(bytes, 0, spliced, 0, at);
            for (int i = at; i < at + spliced.length - bytes.length; i++) {
                spliced[i] = (byte) random.nextInt(256);
            }
            System.arraycopy(bytes, at, spliced, at + spliced.length - bytes.length, bytes.length - at);
            return spliced;
        }
        if (kind == 5) {
            return java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length));
        }
        Document document = parse(bytes);
        List<Element> elements = new ArrayList<>();
        collect((Element) document.getElementsByTagNameNS("*", "CreateListing").item(0), elements);
        Element target = elements.get(random.nextInt(elements.size()));
        Node parent = target.getParentNode();
        switch (kind) {
            case 0 -> parent.removeChild(target);
            case 1 -> parent.insertBefore(target.cloneNode(true), random.nextBoolean() ? target : target.getNextSibling());
            case 2 -> {
                parent.removeChild(target);
                parent.insertBefore(target, random.nextBoolean() ? parent.getFirstChild() : null);
            }
            default -> {
                List<Element> leaves = elements.stream().filter(e -> e.getElementsByTagNameNS("*", "*").getLength() == 0)
                        .toList();
                leaves.get(random.nextInt(leaves.size())).setTextContent(Fuzz.text(random, 6, TEXT));
            }
        }
        return serialise(document);
    }

    private static void collect(Element element, List<Element> into) {
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                into.add(child);
                collect(child, into);
            }
        }
    }

    private static boolean schemaValid(Schema oracle, byte[] request) {
        try {
            Element payload = (Element) parse(request).getElementsByTagNameNS("*", "CreateListing").item(0);
            oracle.newValidator().validate(new DOMSource(payload));
            return true;
        } catch (Exception invalid) {
            return false;
        }
    }

    private static Document parse(byte[] bytes) {
        try {
            return SoapAnswer.xml(bytes);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] serialise(Document document) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            TransformerFactory.newInstance().newTransformer().transform(new DOMSource(document), new StreamResult(out));
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
