package se.listning.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import se.listning.platform.config.PlatformProperties;
import se.listning.platform.forward.ProducerClient;
import se.listning.platform.routing.CarelistingContracts;
import se.listning.platform.routing.Route;
import se.listning.platform.routing.RoutingTable;
import se.listning.platform.routing.RoutingTableHolder;
import se.listning.platform.soap.RequestPrefixReader;
import se.listning.platform.soap.RequestRoutingInfo;
import se.listning.platform.soap.SoapFaults;
import se.listning.platform.soap.VpError;
import se.listning.platform.soap.VpException;

/**
 * The platform's contract endpoints: identify the consumer, read LogicalAddress and the contract namespace,
 * authorise, route and stream the call to the producer and its answer back. Bodies are never logged.
 */
@Controller
class RoutingController {

    private static final Logger callLog = LoggerFactory.getLogger("se.listning.platform.calls");

    private final RoutingTableHolder routingTables;
    private final ConsumerIdentifier consumers;
    private final RequestPrefixReader prefixReader;
    private final ProducerClient producers;
    private final String instanceId;

    RoutingController(RoutingTableHolder routingTables, ConsumerIdentifier consumers, ProducerClient producers,
                      PlatformProperties properties) {
        this.routingTables = routingTables;
        this.consumers = consumers;
        this.producers = producers;
        this.prefixReader = new RequestPrefixReader(properties.maxPrefixBytes());
        this.instanceId = properties.instanceId();
    }

    @PostMapping("/services/supportprocess/logistics/carelisting/{contract}/2/rivtabp21")
    void route(@PathVariable String contract, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (!CarelistingContracts.isContractName(contract)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "Unknown contract " + contract);
            return;
        }
        long started = System.nanoTime();
        String correlationId = header(request, PlatformHeaders.CORRELATION_ID);
        if (correlationId == null) {
            correlationId = UUID.randomUUID().toString();
        }
        response.setHeader(PlatformHeaders.CORRELATION_ID, correlationId);
        CallRecord call = new CallRecord(correlationId);
        try {
            String routingHistory = checkRoutingHistory(request);
            Consumer consumer = consumers.identify(request);
            call.consumer = consumer.senderId();
            RequestRoutingInfo info = prefixReader.read(request.getInputStream());
            call.namespace = info.serviceNamespace();
            call.logicalAddress = info.logicalAddress();
            Route route = resolve(contract, consumer, info);
            URI endpoint = route.endpointFor(request.getRequestURI());
            call.producer = endpoint.toString();
            Map<String, List<String>> headers = forwardHeaders(request, consumer, correlationId, routingHistory);
            HttpResponse<InputStream> answer = producers.send(endpoint, headers, info.consumedPrefix(),
                    request.getInputStream(), request.getContentLengthLong());
            call.status = answer.statusCode();
            relay(answer, response);
        } catch (VpException e) {
            call.status = HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
            call.vpCode = e.error().name();
            writeFault(response, e);
        } finally {
            callLog.info("call consumer={} namespace={} logicalAddress={} producer={} status={} vp={} ms={} correlationId={}",
                    call.consumer, call.namespace, call.logicalAddress, call.producer, call.status,
                    call.vpCode == null ? "-" : call.vpCode, (System.nanoTime() - started) / 1_000_000,
                    call.correlationId);
        }
    }

    private String checkRoutingHistory(HttpServletRequest request) throws VpException {
        String history = header(request, PlatformHeaders.ROUTING_HISTORY);
        if (history == null) {
            return instanceId;
        }
        for (String hop : history.split(",")) {
            if (hop.strip().equals(instanceId)) {
                throw VpError.VP014.exception("Routing history: " + history);
            }
        }
        return history + "," + instanceId;
    }

    private Route resolve(String contract, Consumer consumer, RequestRoutingInfo info) throws VpException {
        if (info.logicalAddress() == null) {
            throw VpError.VP003.exception("serviceNamespace: " + info.serviceNamespace());
        }
        String summary = "serviceNamespace: " + info.serviceNamespace() + ", receiverId: " + info.logicalAddress();
        if (!CarelistingContracts.namespaceOf(contract).equals(info.serviceNamespace())) {
            // the body must be the contract of the endpoint it was sent to
            throw VpError.VP004.exception(summary + ". The endpoint called serves only "
                    + CarelistingContracts.namespaceOf(contract));
        }
        RoutingTable table = routingTables.current();
        if (!table.isAuthorised(consumer.senderId(), info.serviceNamespace(), info.logicalAddress())) {
            throw VpError.VP007.exception(summary + ", senderId: " + consumer.senderId());
        }
        String whitespaceHint = info.logicalAddress().contains(" ") ? ". Whitespace detected in incoming request!" : "";
        return table.routeFor(info.serviceNamespace(), info.logicalAddress())
                .orElseThrow(() -> VpError.VP004.exception(summary + whitespaceHint));
    }

    private Map<String, List<String>> forwardHeaders(HttpServletRequest request, Consumer consumer,
                                                     String correlationId, String routingHistory) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        List<String> connectionTokens = new ArrayList<>();
        for (String value : Collections.list(request.getHeaders("Connection"))) {
            for (String token : value.split(",")) {
                connectionTokens.add(token.strip().toLowerCase(java.util.Locale.ROOT));
            }
        }
        for (String name : Collections.list(request.getHeaderNames())) {
            if (PlatformHeaders.isForwardedAsIs(name)
                    && !connectionTokens.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                headers.put(name, Collections.list(request.getHeaders(name)));
            }
        }
        headers.put(PlatformHeaders.ORIGINAL_CONSUMER, List.of(consumer.originalConsumer()));
        headers.put(PlatformHeaders.SENDER_ID, List.of(consumer.senderId()));
        headers.put(PlatformHeaders.INSTANCE_ID, List.of(instanceId));
        headers.put(PlatformHeaders.CORRELATION_ID, List.of(correlationId));
        headers.put(PlatformHeaders.ROUTING_HISTORY, List.of(routingHistory));
        return headers;
    }

    private static void relay(HttpResponse<InputStream> answer, HttpServletResponse response) throws IOException {
        response.setStatus(answer.statusCode());
        answer.headers().map().forEach((name, values) -> {
            if (!PlatformHeaders.isHopByHop(name) && !name.startsWith(":")
                    && !name.equalsIgnoreCase(PlatformHeaders.CORRELATION_ID)) {
                for (String value : values) {
                    response.addHeader(name, value);
                }
            }
        });
        answer.headers().firstValueAsLong("content-length").ifPresent(response::setContentLengthLong);
        try (InputStream body = answer.body()) {
            OutputStream out = response.getOutputStream();
            body.transferTo(out);
            out.flush();
        }
    }

    private void writeFault(HttpServletResponse response, VpException e) throws IOException {
        if (response.isCommitted()) {
            return; // the producer's answer had started; nothing sensible can be added
        }
        byte[] fault = SoapFaults.fault(e.error(), instanceId, e.details());
        response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        response.setContentType(SoapFaults.CONTENT_TYPE);
        response.setContentLength(fault.length);
        response.getOutputStream().write(fault);
    }

    private static String header(HttpServletRequest request, String name) {
        String value = request.getHeader(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** What one call did, for the one-line call log. */
    private static final class CallRecord {
        final String correlationId;
        String consumer = "-";
        String namespace = "-";
        String logicalAddress = "-";
        String producer = "-";
        int status;
        String vpCode;

        CallRecord(String correlationId) {
            this.correlationId = correlationId;
        }
    }
}
