package se.listning.platform.routing;

import java.net.URI;

/**
 * One routing entry (TAK "vägval"): calls for this contract namespace and logical address go to this producer.
 *
 * @param serviceNamespace a responder namespace or {@code *} for every contract
 * @param producer base URL (the request path is appended) or a full endpoint URL ending in {@code /rivtabp21}
 * @param line line in the routing file, for messages
 */
public record Route(String serviceNamespace, String logicalAddress, URI producer, int line) {

    /** The URL to call for a request that arrived on {@code requestPath}. */
    public URI endpointFor(String requestPath) {
        String base = producer.toString();
        if (producer.getPath() != null && producer.getPath().endsWith("/rivtabp21")) {
            return producer;
        }
        if (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return URI.create(base + requestPath);
    }
}
