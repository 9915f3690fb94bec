package se.listning.contracts.client;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;

/**
 * Sets one HTTP header (e.g. x-vp-sender-id or x-rivta-original-serviceconsumer-hsaid, RIVTA BP 2.1) on every
 * request of a shared CXF client. A fresh header map per message: CXF adds its own headers to the map, so a map
 * shared between concurrent calls would be mutated by both.
 */
public final class HttpHeaderOnEveryRequest extends AbstractPhaseInterceptor<Message> {

    private final String name;
    private final String value;

    public HttpHeaderOnEveryRequest(String name, String value) {
        super(Phase.SETUP);
        this.name = name;
        this.value = value;
    }

    @Override
    public void handleMessage(Message message) {
        @SuppressWarnings("unchecked")
        Map<String, List<String>> existing = (Map<String, List<String>>) message.get(Message.PROTOCOL_HEADERS);
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (existing != null) {
            headers.putAll(existing);
        }
        headers.put(name, List.of(value));
        message.put(Message.PROTOCOL_HEADERS, headers);
    }
}
