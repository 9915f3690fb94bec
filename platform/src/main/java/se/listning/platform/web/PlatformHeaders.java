package se.listning.platform.web;

import java.util.Locale;
import java.util.Set;

/** HTTP header names the platform reads or sets (SKLTP VP names) and the headers it never passes on. */
final class PlatformHeaders {

    static final String ORIGINAL_CONSUMER = "x-rivta-original-serviceconsumer-hsaid";
    static final String SENDER_ID = "x-vp-sender-id";
    static final String INSTANCE_ID = "x-vp-instance-id";
    static final String CORRELATION_ID = "x-skltp-correlation-id";
    static final String ROUTING_HISTORY = "x-rivta-routing-history";
    static final String AUTH_CERT = "x-vp-auth-cert";

    /** RFC 9110 hop-by-hop headers plus those the HTTP client computes itself. */
    private static final Set<String> HOP_BY_HOP = Set.of(
            "connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "proxy-connection",
            "te", "trailer", "trailers", "transfer-encoding", "upgrade", "host", "content-length", "expect",
            "http2-settings");

    /** Set by the platform itself; a caller's values are replaced, never passed on. */
    private static final Set<String> PLATFORM_OWNED = Set.of(
            ORIGINAL_CONSUMER, SENDER_ID, INSTANCE_ID, CORRELATION_ID, ROUTING_HISTORY, AUTH_CERT);

    private PlatformHeaders() {
    }

    static boolean isHopByHop(String name) {
        return HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT));
    }

    static boolean isForwardedAsIs(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return !HOP_BY_HOP.contains(lower) && !PLATFORM_OWNED.contains(lower);
    }
}
