package se.listning.region.soap;

import org.apache.cxf.message.Message;
import org.apache.cxf.phase.PhaseInterceptorChain;
import se.listning.region.soap.security.CallerAuthorisation;
import se.listning.region.soap.security.CallerIdentity;
import se.listning.region.soap.security.OriginalConsumerHeader;

/** What the current SOAP call carries besides the body: the calling system, as identified by soap.security. */
final class SoapCallContext {

    /** Set by the platform (NTjP): HSA-id of the system that originally made the call. */
    static final String ORIGINAL_CONSUMER_HEADER = OriginalConsumerHeader.NAME;

    private SoapCallContext() {
    }

    /** True while this thread serves a SOAP call (CXF's interceptor chain is running it). */
    static boolean inCall() {
        return PhaseInterceptorChain.getCurrentMessage() != null;
    }

    /**
     * The calling system's HSA-id: from its certificate, a trusted platform's original-consumer header or, over
     * plain HTTP, the header; null when the call named none.
     */
    static String consumerId() {
        Message message = PhaseInterceptorChain.getCurrentMessage();
        if (message == null) {
            return null;
        }
        CallerIdentity identity = CallerAuthorisation.of(message.getExchange());
        if (identity != null) {
            return identity.consumerId();
        }
        String header = OriginalConsumerHeader.of(message);
        return header == null || header.length() <= 100 ? header : header.substring(0, 100);
    }
}
