package se.listning.region.staff.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.listning.domain.identity.PersonId;
import se.listning.region.testing.RegionIT;

/**
 * Each viewer filter can be answered from an index in the page's order (at desc, id desc) with no sort:
 * a page then reads about 50 index entries however large audit_event grows. Checked on the plan, with
 * sequential scans and sorts priced out so the small test table does not hide a missing index.
 */
class AuditIndexIT extends RegionIT {

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void everyFilterIsServedByAnIndexInPageOrder() {
        PersonId person = fixtures.resident().create();
        AuditCursor cursor = new AuditCursor(LocalDateTime.of(2026, 6, 1, 12, 0), 1000);
        Map<AuditFilter, String> indexes = Map.of(
                new AuditFilter(null, null, null, null, null, null, null), "audit_at_id",
                new AuditFilter(person, null, null, null, null, null, null), "audit_person",
                new AuditFilter(null, "SE2321000016-S00001", null, null, null, null, null), "audit_actor",
                // values no other test writes: a common value (e.g. channel "staff" after the staff ITs) is
                // rightly read through audit_at_id with a filter, which would hide a missing index here
                new AuditFilter(null, null, "NO_SUCH_ACTION", null, null, null, null), "audit_action",
                new AuditFilter(null, null, null, "no-such-channel", null, null, null), "audit_channel",
                new AuditFilter(null, null, null, null, null, null, "SE2321000016-T1"), "audit_unit",
                new AuditFilter(null, null, null, null, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), null),
                "audit_at_id");
        indexes.forEach((filter, index) -> {
            for (Optional<AuditCursor> after : List.of(Optional.<AuditCursor>empty(), Optional.of(cursor))) {
                String plan = plan(filter, after);
                assertThat(plan).as("%s after %s", filter, after).contains("Index Scan Backward using " + index + " ")
                        .doesNotContain("Sort  (", "Seq Scan"); // a Merge Append's "Sort Key" is no sort
            }
        });
    }

    @Test
    void aPersonsEntriesOfActsOnManyPersonsAreReadThroughTheirOwnPersonIndex() {
        PersonId person = fixtures.resident().create();
        AuditCursor cursor = new AuditCursor(LocalDateTime.of(2026, 6, 1, 12, 0), 1000);
        for (AuditFilter filter : List.of(new AuditFilter(person, null, null, null, null, null, null),
                new AuditFilter(person, null, "SET_DOCTOR", null, LocalDate.of(2026, 1, 1), null, "SE2321000016-T1"))) {
            for (Optional<AuditCursor> after : List.of(Optional.<AuditCursor>empty(), Optional.of(cursor))) {
                assertThat(plan(filter, after)).as("%s after %s", filter, after)
                        .contains("Merge Append", "Index Scan Backward using audit_event_person_person ")
                        .doesNotContain("Sort  (", "Seq Scan");
            }
        }
    }

    private String plan(AuditFilter filter, Optional<AuditCursor> after) {
        Map<String, Object> params = new HashMap<>();
        String sql = AuditEntries.pageQuery(filter, after, 51, params);
        return new TransactionTemplate(transactions).execute(tx -> {
            jdbc.sql("set local enable_seqscan = off").update();
            jdbc.sql("set local enable_sort = off").update();
            return String.join("\n", jdbc.sql("explain " + sql).params(params).query(String.class).list());
        });
    }
}
