package se.listning.region.soap.security;

import jakarta.servlet.http.HttpServletRequest;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import javax.xml.namespace.QName;
import org.apache.cxf.binding.soap.Soap11;
import org.apache.cxf.binding.soap.SoapFault;
import org.apache.cxf.message.Exchange;
import org.apache.cxf.message.Message;
import org.apache.cxf.message.MessageContentsList;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.apache.cxf.service.Service;
import org.apache.cxf.transport.http.AbstractHTTPDestination;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.listning.domain.identity.ActorType;
import se.listning.region.audit.AuditLog;
import se.listning.region.soap.CarelistingContract;

/**
 * In-chain, after the request was read and just before the responder runs: identifies the caller (certificate,
 * trusted platform's header, or plain-HTTP header), keeps the identity on the exchange for the audit, and checks
 * the authorisation table for (consumer, contract, actor type). A refusal is a soap:Client fault with a Swedish
 * text, audited as REFUSED; the responder never runs, so nothing changes.
 */
public final class CallerAuthorisation extends AbstractPhaseInterceptor<Message> {

    static final String CERTIFICATE_ATTRIBUTE = "jakarta.servlet.request.X509Certificate";
    private static final Logger log = LoggerFactory.getLogger(CallerAuthorisation.class);

    private final CallerIdentifier identifier;
    private final AuthorisationTable table;
    private final AuditLog audit;

    /** @param runAfter id of the interceptor (same phase) after which this one must run */
    public CallerAuthorisation(CallerIdentifier identifier, AuthorisationTable table, AuditLog audit, String runAfter) {
        super(Phase.PRE_INVOKE);
        addAfter(runAfter);
        this.identifier = identifier;
        this.table = table;
        this.audit = audit;
    }

    /** The identity of the current call's consumer, when this interceptor has run for it. */
    public static CallerIdentity of(Exchange exchange) {
        return exchange == null ? null : exchange.get(CallerIdentity.class);
    }

    @Override
    public void handleMessage(Message message) {
        CarelistingContract contract = contract(message.getExchange());
        if (contract == null) {
            return;
        }
        Object body = body(message);
        ActorType actorType = RequestParts.actorType(body).orElse(null);
        HttpServletRequest request = (HttpServletRequest) message.get(AbstractHTTPDestination.HTTP_REQUEST);
        CallerIdentity identity;
        try {
            identity = identifier.identify(request != null && request.isSecure(),
                    request == null ? null : (X509Certificate[]) request.getAttribute(CERTIFICATE_ATTRIBUTE),
                    OriginalConsumerHeader.of(message));
        } catch (CallerRefusedException e) {
            throw refuse(contract, e.consumerId(), body, "NOT_IDENTIFIED", e.getMessage());
        }
        message.getExchange().put(CallerIdentity.class, identity);
        if (!table.allows(identity.consumerId(), contract, actorType)) {
            String consumer = identity.consumerId() == null ? "Anrop utan tjänstekonsument"
                    + " (x-rivta-original-serviceconsumer-hsaid saknas)" : "Tjänstekonsumenten '" + identity.consumerId() + "'";
            throw refuse(contract, identity.consumerId(), body, "NOT_AUTHORISED", consumer + " saknar behörighet att"
                    + " anropa " + contract.contractName()
                    + (actorType == null ? "" : " med aktörstypen " + actorType.name())
                    + " hos denna listningstjänst.");
        }
    }

    private SoapFault refuse(CarelistingContract contract, String consumerId, Object body, String outcome, String text) {
        log.info("SOAP call to {} refused ({}): consumer {}", contract.contractName(), outcome, consumerId);
        try {
            audit.record(contract.contractName(), consumerId, RequestParts.actor(body).orElse(null), "REFUSED",
                    RequestParts.person(body).orElse(null), outcome, "table " + table.source());
        } catch (RuntimeException e) {
            log.warn("Could not audit a refused SOAP call to {}: {}", contract.contractName(), e.getClass().getName());
        }
        return new SoapFault(text, Soap11.getInstance().getSender());
    }

    private static CarelistingContract contract(Exchange exchange) {
        Service service = exchange == null ? null : exchange.getService();
        QName name = service == null ? null : service.getName();
        return Arrays.stream(CarelistingContract.values()).filter(c -> c.serviceName().equals(name)).findFirst()
                .orElse(null);
    }

    private static Object body(Message message) {
        MessageContentsList parts = MessageContentsList.getContentsList(message);
        if (parts == null) {
            return null;
        }
        return parts.stream().filter(p -> p != null && !(p instanceof String)).findFirst().orElse(null);
    }
}
