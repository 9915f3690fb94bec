package se.listning.platform.soap;

import java.nio.charset.StandardCharsets;

/** Builds SOAP 1.1 faults in the shape SKLTP VP answers with (HTTP 500, text/xml UTF-8). */
public final class SoapFaults {

    public static final String CONTENT_TYPE = "text/xml; charset=UTF-8";

    private SoapFaults() {
    }

    public static byte[] fault(VpError error, String instanceId, String details) {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\">"
                + "<soapenv:Header/>"
                + "<soapenv:Body>"
                + "<soapenv:Fault>"
                + "<faultcode>soapenv:" + error.faultCode().localName() + "</faultcode>"
                + "<faultstring>" + escape(error.faultString(instanceId)) + "</faultstring>"
                + "<detail>" + escape(details) + "</detail>"
                + "</soapenv:Fault>"
                + "</soapenv:Body>"
                + "</soapenv:Envelope>";
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    // control characters are not allowed in XML 1.0 text
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                        out.append('?');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
