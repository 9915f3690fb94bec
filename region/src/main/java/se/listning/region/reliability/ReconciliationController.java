package se.listning.region.reliability;

import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import se.listning.domain.identity.CountyCode;
import se.listning.region.audit.AuditLog;

/**
 * Operators' export {@code GET /admin/reconciliation/{county}}: this region's side of the cross-county
 * reconciliation for residents of {@code county} ({@link Reconciliation}). The answer names persons (ids and
 * counties only), so /admin must stay behind the network boundary like the other operator endpoints.
 */
@RestController
public class ReconciliationController {

    private final Reconciliation reconciliation;
    private final AuditLog audit;

    public ReconciliationController(Reconciliation reconciliation, AuditLog audit) {
        this.reconciliation = reconciliation;
        this.audit = audit;
    }

    @GetMapping(path = "/admin/reconciliation/{county}", produces = "application/json")
    public ResponseEntity<?> side(@PathVariable String county) {
        if (!CountyCode.isValid(county)) {
            return ResponseEntity.badRequest().body(Map.of("error",
                    "okänd länskod '" + county.replaceAll("[^0-9A-Za-z]", "?") + "': två siffror, t.ex. 01"));
        }
        Reconciliation.Side side = reconciliation.side(CountyCode.of(county));
        audit.record("admin", null, null, "RECONCILIATION_EXPORT", null, "OK",
                "homeCounty=" + county + ";listedElsewhere=" + side.listedElsewhere().size()
                        + ";visitors=" + side.visitors().size());
        return ResponseEntity.ok(side);
    }
}
