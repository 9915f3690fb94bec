package se.listning.region.reliability;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /admin/invariants}: the {@link InvariantCheck} results as names and counts only (no rows, so no
 * personal data), plus row counts of the tables the long jobs write and a fingerprint of the doctor links, so a
 * crash test can tell "before" from "after" (docs/RELIABILITY.md, Crashes). Read-only; /admin stays behind the
 * network boundary.
 */
@RestController
public class InvariantsController {

    /** Counted tables: name in the answer → SQL returning one number. */
    private static final Map<String, String> COUNTS = counts();

    private final InvariantCheck check;
    private final JdbcClient jdbc;

    public InvariantsController(InvariantCheck check, JdbcClient jdbc) {
        this.check = check;
        this.jdbc = jdbc;
    }

    @GetMapping(path = "/admin/invariants", produces = "application/json")
    public Map<String, Object> invariants() {
        Map<String, Integer> checks = new LinkedHashMap<>();
        int violations = 0;
        for (InvariantCheck.Check c : InvariantCheck.Check.values()) {
            int found = check.run(c).size();
            checks.put(c.name(), found);
            violations += found;
        }
        Map<String, Object> counts = new LinkedHashMap<>();
        COUNTS.forEach((name, sql) -> counts.put(name, jdbc.sql(sql).query(Long.class).single()));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("violations", violations);
        answer.put("checks", checks);
        answer.put("counts", counts);
        // md5 over (listing id, doctor) of every active listing: equal before and after means no link changed
        answer.put("doctorLinks", jdbc.sql("""
                        select md5(coalesce(string_agg(id || ':' || coalesce(doctor_hsa_id, '-'), ',' order by id), ''))
                        from listing where active""").query(String.class).single());
        return answer;
    }

    private static Map<String, String> counts() {
        Map<String, String> counts = new LinkedHashMap<>();
        counts.put("persons", "select count(*) from person");
        counts.put("activeListings", "select count(*) from listing where active");
        counts.put("listingsWithDoctor", "select count(*) from listing where active and doctor_hsa_id is not null");
        counts.put("doctorChanges", "select count(*) from listing_doctor_change");
        counts.put("auditEvents", "select count(*) from audit_event");
        counts.put("activeQueuePlaces", "select count(*) from queue_place where active");
        counts.put("relistings", "select count(*) from relisting");
        counts.put("outboxNotices", "select count(*) from outbox_update_listing");
        return counts;
    }
}
