package se.listning.region.soap;

import java.util.UUID;
import javax.xml.namespace.QName;
import org.apache.cxf.binding.soap.Soap11;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.logging.FaultListener;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How faults look and what gets logged. Three kinds:
 * <ul>
 * <li>the request could not be read (not XML, DTD, wrong element, schema error, too large): soap:Client
 * with the parser's or validator's explanation;</li>
 * <li>our own soap:Client faults (LogicalAddress): passed on unchanged;</li>
 * <li>anything failing after the request was read (database down, a bug): soap:Server with a generic
 * Swedish text and an incident id; the details go to the technical log only, personnummer scrubbed.</li>
 * </ul>
 * CXF's own fault logging is switched off (it would log exception texts that may echo a personnummer).
 */
final class FaultPolicy {

    private static final Logger LOG = LoggerFactory.getLogger(FaultPolicy.class);
    private static final String INVOKED = FaultPolicy.class.getName() + ".invoked";

    private FaultPolicy() {
    }

    /** In-chain, just before the responder is called: from here on, failures are ours. */
    static final class MarkInvoked extends AbstractPhaseInterceptor<Message> {
        MarkInvoked() {
            super(Phase.PRE_INVOKE);
        }

        @Override
        public void handleMessage(Message message) {
            message.getExchange().put(INVOKED, Boolean.TRUE);
        }
    }

    /** Out-fault chain, before the fault is serialised. */
    static final class ShapeFault extends AbstractPhaseInterceptor<Message> {
        ShapeFault() {
            super(Phase.PRE_LOGICAL);
        }

        @Override
        public void handleMessage(Message message) {
            if (!(message.getContent(Exception.class) instanceof Fault fault)) {
                return;
            }
            fault.setDetail(null);
            RequestTooLargeException tooLarge = find(fault, RequestTooLargeException.class);
            if (tooLarge != null) {
                fault.setFaultCode(sender());
                fault.setMessage(tooLarge.getMessage());
                LOG.info("SOAP request refused: {}", tooLarge.getMessage());
                return;
            }
            boolean invoked = message.getExchange() != null && Boolean.TRUE.equals(message.getExchange().get(INVOKED));
            if (invoked && isClientCode(fault.getFaultCode())) {
                fault.setFaultCode(sender());
                fault.setMessage(AnswerText.safe(fault.getMessage()));
                LOG.info("SOAP request refused: {}", PersonIdScrubber.scrub(fault.getMessage()));
                return;
            }
            if (!invoked) {
                fault.setFaultCode(sender());
                fault.setMessage(AnswerText.safe("Förfrågan kunde inte tolkas eller följer inte tjänstekontraktets schema: "
                        + fault.getMessage()));
                LOG.info("SOAP request refused: {}", PersonIdScrubber.scrub(fault.getMessage()));
                return;
            }
            String incident = UUID.randomUUID().toString().substring(0, 8);
            LOG.error("Technical failure in SOAP call (incident {}): {}", incident, describe(fault));
            fault.setFaultCode(Soap11.getInstance().getReceiver());
            fault.setMessage("Tekniskt fel i listningstjänsten. Försök igen senare. (incident " + incident + ")");
        }
    }

    /** Replaces CXF's default fault logging (ShapeFault logs instead, scrubbed). */
    static final class QuietFaultListener implements FaultListener {
        @Override
        public boolean faultOccurred(Exception exception, String description, Message message) {
            return false;
        }
    }

    static QName sender() {
        return Soap11.getInstance().getSender();
    }

    private static boolean isClientCode(QName code) {
        return code != null && (Fault.FAULT_CODE_CLIENT.equals(code) || sender().equals(code)
                || "Client".equals(code.getLocalPart()));
    }

    private static <T extends Throwable> T find(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
        }
        return null;
    }

    /** The cause chain with messages scrubbed, and where the innermost cause was thrown. */
    private static String describe(Throwable t) {
        StringBuilder text = new StringBuilder();
        Throwable root = t;
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            text.append(text.isEmpty() ? "" : " <- caused by ").append(c.getClass().getName()).append(": ")
                    .append(PersonIdScrubber.scrub(c.getMessage()));
            root = c;
        }
        StackTraceElement[] frames = root.getStackTrace();
        for (int i = 0; i < Math.min(12, frames.length); i++) {
            text.append("\n\tat ").append(frames[i]);
        }
        return text.toString();
    }
}
