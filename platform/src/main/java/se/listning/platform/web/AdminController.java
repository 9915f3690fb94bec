package se.listning.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import se.listning.platform.routing.RoutingFileException;
import se.listning.platform.routing.RoutingTableHolder;

/** Routing-table administration, only from the platform's own host. */
@RestController
class AdminController {

    private final RoutingTableHolder routingTables;

    AdminController(RoutingTableHolder routingTables) {
        this.routingTables = routingTables;
    }

    @PostMapping(path = "/admin/reload", produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<String> reload(HttpServletRequest request) {
        if (!fromLoopback(request)) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).body("Only allowed from the platform host\n");
        }
        try {
            return ResponseEntity.ok("Loaded " + routingTables.reload().summary() + "\n");
        } catch (RoutingFileException e) {
            return ResponseEntity.unprocessableContent().body(e.getMessage()
                    + "\nKept the previous routing table: " + routingTables.current().summary() + "\n");
        }
    }

    @GetMapping(path = "/admin/routing", produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<String> current(HttpServletRequest request) {
        if (!fromLoopback(request)) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).body("Only allowed from the platform host\n");
        }
        var table = routingTables.current();
        return ResponseEntity.ok(table.summary() + ", loaded " + table.loadedAt() + "\n");
    }

    private static boolean fromLoopback(HttpServletRequest request) {
        try {
            return InetAddress.getByName(request.getRemoteAddr()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
