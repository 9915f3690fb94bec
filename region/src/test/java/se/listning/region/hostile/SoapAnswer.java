package se.listning.region.hostile;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * An HTTP answer from a SOAP endpoint, classified the way the hostile-input tests judge it: a SOAP 1.1
 * fault (code and text) or a business answer (resultCode and resultText), and whether it leaks.
 */
public record SoapAnswer(int status, String contentType, byte[] bytes, Document document) {

    private static final String SOAP11 = "http://schemas.xmlsoap.org/soap/envelope/";
    /** 12 digits (or 10 + separator) that form a plausible personnummer. */
    private static final Pattern FULL_PERSONNUMMER = Pattern.compile("(?<!\\d)(19|20)\\d{6}[-+]?\\d{4}(?!\\d)");
    private static final Pattern STACK_TRACE = Pattern.compile(
            "\\bat (java|javax|jakarta|org|se|com|sun)\\.[\\w.$]+\\(|Exception:|\\.java:\\d+\\)|Caused by");

    public static SoapAnswer parse(int status, String contentType, byte[] bytes) {
        Document document;
        try {
            document = xml(bytes);
        } catch (Exception notXml) {
            document = null; // judged by isSoapEnvelope: an answer that is not XML is not a SOAP answer
        }
        return new SoapAnswer(status, contentType, bytes, document);
    }

    /** Parses XML namespace-aware with DTDs refused (the tests' own parser must not be attackable either). */
    public static Document xml(byte[] bytes) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    public String body() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** A SOAP 1.1 envelope with exactly one element in its body. */
    public boolean isSoapEnvelope() {
        return document != null && SOAP11.equals(document.getDocumentElement().getNamespaceURI())
                && "Envelope".equals(document.getDocumentElement().getLocalName()) && payload() != null;
    }

    public boolean isFault() {
        Element payload = payload();
        return payload != null && SOAP11.equals(payload.getNamespaceURI()) && "Fault".equals(payload.getLocalName());
    }

    /** Local part of the faultcode (Client, Server), or null when not a fault. */
    public String faultCode() {
        if (!isFault()) {
            return null;
        }
        String code = child(payload(), "faultcode");
        return code == null ? null : code.substring(code.indexOf(':') + 1);
    }

    public String faultString() {
        return isFault() ? child(payload(), "faultstring") : null;
    }

    public String resultCode() {
        return isFault() || payload() == null ? null : child(payload(), "resultCode");
    }

    public String resultText() {
        return isFault() || payload() == null ? null : child(payload(), "resultText");
    }

    /** The text a caller reads: the fault string or the result text. */
    public String explanation() {
        return isFault() ? faultString() : resultText();
    }

    /** Whether the body contains something that reads like a full personnummer. */
    public boolean echoesFullPersonnummer() {
        return FULL_PERSONNUMMER.matcher(body()).find();
    }

    public boolean showsStackTrace() {
        return STACK_TRACE.matcher(body()).find();
    }

    private Element payload() {
        if (document == null) {
            return null;
        }
        for (Node n = document.getDocumentElement().getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && SOAP11.equals(e.getNamespaceURI()) && "Body".equals(e.getLocalName())) {
                for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
                    if (c instanceof Element payload) {
                        return payload;
                    }
                }
            }
        }
        return null;
    }

    private static String child(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                return e.getTextContent();
            }
        }
        return null;
    }

    @Override
    public String toString() {
        String text = body();
        return "HTTP " + status + " " + contentType + ": " + (text.length() > 600 ? text.substring(0, 600) + "…" : text);
    }
}
