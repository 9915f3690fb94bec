package se.listning.platform.tak;

import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.listning.platform.routing.RoutingTableHolder;

/**
 * {@code GET /tak/logical-addressees}: which logical addresses a consumer may call with a contract (public
 * metadata, as TAK's GetLogicalAddresseesByServiceContract; read-only, from any host).
 */
@RestController
class TakController {

    private final RoutingTableHolder routingTables;

    TakController(RoutingTableHolder routingTables) {
        this.routingTables = routingTables;
    }

    @GetMapping(path = "/tak/logical-addressees", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> logicalAddressees(@RequestParam(required = false) String serviceConsumer,
                                        @RequestParam(required = false) String serviceContract) {
        if (serviceConsumer == null || serviceConsumer.isBlank()) {
            return badRequest("the parameter serviceConsumer (the consumer's HSA-id) is missing");
        }
        if (serviceContract == null || serviceContract.isBlank()) {
            return badRequest("the parameter serviceContract (contract name or responder namespace) is missing");
        }
        try {
            return ResponseEntity.ok(TakLookup.lookup(routingTables.current(), serviceConsumer.trim(),
                    serviceContract.trim()));
        } catch (IllegalArgumentException e) {
            return badRequest(e.getMessage());
        }
    }

    private static ResponseEntity<Map<String, String>> badRequest(String message) {
        return ResponseEntity.badRequest().body(Map.of("error", message));
    }
}
