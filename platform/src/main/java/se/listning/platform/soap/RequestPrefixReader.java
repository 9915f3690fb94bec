package se.listning.platform.soap;

import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads only the start of a SOAP 1.1 request with StAX, far enough to find the LogicalAddress header and the
 * namespace of the body's first element. Nothing is bound or kept beyond the bounded prefix, so request bodies
 * of any size can be streamed on to the producer.
 */
public final class RequestPrefixReader {

    static final String SOAP11_ENVELOPE_NS = "http://schemas.xmlsoap.org/soap/envelope/";
    static final String REGISTRY_NS = "urn:riv:itintegration:registry:1";

    private final XMLInputFactory factory;
    private final int maxPrefixBytes;

    public RequestPrefixReader(int maxPrefixBytes) {
        this.maxPrefixBytes = maxPrefixBytes;
        this.factory = XMLInputFactory.newFactory();
        // no DTDs or external entities from callers
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    }

    /**
     * @throws VpException VP009 (VP's answer to a payload it cannot parse) when the request is not a SOAP 1.1
     *     envelope with a body element, or when the prefix needed is larger than the limit
     */
    public RequestRoutingInfo read(InputStream requestBody) throws VpException {
        RecordingInputStream recording = new RecordingInputStream(requestBody, maxPrefixBytes);
        XMLStreamReader reader = null;
        try {
            reader = factory.createXMLStreamReader(recording);
            String logicalAddress = null;
            String serviceNamespace = null;
            int depth = 0;
            boolean inHeader = false;
            boolean inBody = false;
            while (serviceNamespace == null && reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    String ns = reader.getNamespaceURI();
                    String local = reader.getLocalName();
                    if (depth == 1) {
                        if (!SOAP11_ENVELOPE_NS.equals(ns) || !"Envelope".equals(local)) {
                            throw parseFailure("root element is not a SOAP 1.1 Envelope");
                        }
                    } else if (depth == 2) {
                        inHeader = SOAP11_ENVELOPE_NS.equals(ns) && "Header".equals(local);
                        inBody = SOAP11_ENVELOPE_NS.equals(ns) && "Body".equals(local);
                    } else if (depth == 3 && inHeader && REGISTRY_NS.equals(ns) && "LogicalAddress".equals(local)) {
                        logicalAddress = reader.getElementText().strip();
                        depth--; // getElementText consumed the end tag
                    } else if (depth == 3 && inBody) {
                        serviceNamespace = ns == null ? "" : ns;
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if (depth == 2 && inBody) {
                        throw parseFailure("soap:Body has no service contract element");
                    }
                    depth--;
                }
            }
            if (serviceNamespace == null) {
                throw parseFailure("no soap:Body found");
            }
            return new RequestRoutingInfo(
                    logicalAddress == null || logicalAddress.isEmpty() ? null : logicalAddress,
                    serviceNamespace,
                    recording.recordedBytes());
        } catch (XMLStreamException | RuntimeException e) {
            // some StAX implementations wrap I/O problems in runtime exceptions
            if (limitExceeded(e)) {
                throw parseFailure("more than " + maxPrefixBytes
                        + " bytes needed to find LogicalAddress and the service contract element");
            }
            throw parseFailure(firstLine(e.getMessage()));
        } finally {
            closeQuietly(reader);
        }
    }

    private static VpException parseFailure(String reason) {
        return new VpException(VpError.VP009, "Failed parsing payload: " + reason);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "not well-formed XML";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private static void closeQuietly(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException ignored) {
                // nothing to release beyond the parser itself
            }
        }
    }

    private static boolean limitExceeded(Throwable e) {
        for (Throwable t = e; t != null; ) {
            if (t instanceof RecordingInputStream.LimitExceededException) {
                return true;
            }
            Throwable next = t instanceof XMLStreamException xse && xse.getNestedException() != null
                    ? xse.getNestedException() : t.getCause();
            t = next == t ? null : next;
        }
        return false;
    }
}
