package se.listning.region.reliability;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import se.listning.domain.identity.CountyCode;
import se.listning.region.audit.AuditLog;
import se.listning.region.audit.AuditRow;
import se.listning.region.audit.SystemActor;

/**
 * Operators' export {@code GET /admin/reconciliation/{county}}: this region's side of the cross-county
 * reconciliation for residents of {@code county} ({@link Reconciliation}). The answer names persons (ids and
 * counties only), so /admin must stay behind the network boundary like the other operator endpoints; every person
 * in an answer is audited as read by the operators' channel.
 */
@RestController
public class ReconciliationController {

    /** The operators' /admin channel, with this endpoint's purpose. */
    static final SystemActor RECONCILING = new SystemActor(SystemActor.OPERATOR.channel(), SystemActor.OPERATOR.name(),
            "Avstämning av utomlänslistning");

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
        List<AuditRow> read = Stream.concat(side.listedElsewhere().stream(), side.visitors().stream())
                .map(e -> new AuditRow(RECONCILING.channel(), null, SystemActor.ACTOR_TYPE, RECONCILING.name(),
                        SystemActor.ROLE, null, "READ", e.personId(), "OK", RECONCILING.purpose(),
                        "homeCounty=" + county + ";listingCounty=" + e.county()))
                .toList();
        audit.writeAll(read);
        return ResponseEntity.ok(side);
    }
}
