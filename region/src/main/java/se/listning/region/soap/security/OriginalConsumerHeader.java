package se.listning.region.soap.security;

import java.util.List;
import java.util.Map;
import org.apache.cxf.message.Message;

/** The x-rivta-original-serviceconsumer-hsaid header of a SOAP call, as the platform (NTjP) sets it. */
public final class OriginalConsumerHeader {

    public static final String NAME = "x-rivta-original-serviceconsumer-hsaid";

    private OriginalConsumerHeader() {
    }

    /** The header's first non-blank value, trimmed; null when absent. */
    public static String of(Message message) {
        @SuppressWarnings("unchecked")
        Map<String, List<String>> headers = (Map<String, List<String>>) message.get(Message.PROTOCOL_HEADERS);
        if (headers == null) {
            return null;
        }
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            if (NAME.equalsIgnoreCase(header.getKey()) && header.getValue() != null && !header.getValue().isEmpty()
                    && header.getValue().get(0) != null && !header.getValue().get(0).isBlank()) {
                return header.getValue().get(0).strip();
            }
        }
        return null;
    }
}
