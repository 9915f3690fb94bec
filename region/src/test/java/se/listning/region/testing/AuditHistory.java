package se.listning.region.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.listning.region.staff.audit.AuditEntries;
import se.listning.region.staff.audit.AuditEntry;
import se.listning.region.staff.audit.AuditFilter;

/**
 * Audit entries as the Systemadministratör's viewer reads them ({@link AuditEntries}: a person's own rows and the
 * acts on many persons that concerned them), oldest first, each as a map of its audit_event column names.
 */
public final class AuditHistory {

    private AuditHistory() {
    }

    public static List<Map<String, Object>> of(AuditEntries entries, AuditFilter filter) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (AuditEntry e : entries.page(filter, Optional.empty(), 10_000)) {
            Map<String, Object> row = new HashMap<>();
            row.put("channel", e.channel());
            row.put("consumer_id", e.consumerId());
            row.put("actor_type", e.actorType());
            row.put("actor_id", e.actorId());
            row.put("role", e.role());
            row.put("unit", e.unit());
            row.put("action", e.action());
            row.put("outcome", e.outcome());
            row.put("purpose", e.purpose());
            rows.add(0, row);
        }
        return rows;
    }
}
