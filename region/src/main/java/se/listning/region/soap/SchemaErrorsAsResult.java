package se.listning.region.soap;

import jakarta.xml.bind.ValidationEvent;
import jakarta.xml.bind.ValidationEventHandler;
import java.util.ArrayList;
import java.util.List;
import org.apache.cxf.message.Exchange;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.PhaseInterceptorChain;

/**
 * For contracts that must answer schema errors with resultCode ERROR instead of a fault (UpdateListing,
 * national test case 3.2.2): CXF validates as usual, but this handler collects each validation error on
 * the exchange and lets unmarshalling continue; the responder then answers ERROR with the report.
 */
final class SchemaErrorsAsResult implements ValidationEventHandler {

    /** CXF property naming the reader's JAXB validation event handler. */
    static final String PROPERTY = "jaxb-reader-validation-event-handler";
    private static final String KEY = SchemaErrorsAsResult.class.getName();

    @Override
    public boolean handleEvent(ValidationEvent event) {
        Message message = PhaseInterceptorChain.getCurrentMessage();
        if (message == null || message.getExchange() == null) {
            return false;
        }
        errors(message.getExchange()).add(event.getMessage());
        return true;
    }

    /** The schema errors of the current request, in document order; empty when it was valid. */
    static List<String> ofCurrentRequest() {
        Message message = PhaseInterceptorChain.getCurrentMessage();
        if (message == null || message.getExchange() == null) {
            return List.of();
        }
        return List.copyOf(errors(message.getExchange()));
    }

    @SuppressWarnings("unchecked")
    private static List<String> errors(Exchange exchange) {
        Object errors = exchange.get(KEY);
        if (errors == null) {
            errors = new ArrayList<String>();
            exchange.put(KEY, errors);
        }
        return (List<String>) errors;
    }
}
