package se.listning.region.soap;

import java.util.List;
import java.util.Map;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.PhaseInterceptorChain;

/** What the current SOAP call carries besides the body: the HTTP headers the platform adds. */
final class SoapCallContext {

    /** Set by the platform (NTjP): HSA-id of the system that originally made the call. */
    static final String ORIGINAL_CONSUMER_HEADER = "x-rivta-original-serviceconsumer-hsaid";

    private SoapCallContext() {
    }

    /** The original service consumer's HSA-id, or null when the header is absent. */
    static String consumerId() {
        Message message = PhaseInterceptorChain.getCurrentMessage();
        if (message == null) {
            return null;
        }
        @SuppressWarnings("unchecked")
        Map<String, List<String>> headers = (Map<String, List<String>>) message.get(Message.PROTOCOL_HEADERS);
        if (headers == null) {
            return null;
        }
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            if (ORIGINAL_CONSUMER_HEADER.equalsIgnoreCase(header.getKey()) && header.getValue() != null
                    && !header.getValue().isEmpty() && !header.getValue().get(0).isBlank()) {
                String value = header.getValue().get(0).trim();
                return value.length() <= 100 ? value : value.substring(0, 100);
            }
        }
        return null;
    }
}
