package se.listning.region.audit;

import java.sql.Types;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.listning.domain.identity.Actor;
import se.listning.domain.identity.PersonId;

/**
 * PDL audit trail: who (channel, calling system, actor) did what to whose listing data, with which
 * outcome. Written to audit_event in the caller's transaction if there is one, else on its own.
 * Only identifiers are stored, never names or addresses. audit_event is append-only (V5 triggers); this
 * class and the set-based job statements only ever INSERT into it ({@code AuditSqlTest}).
 */
@Component
public class AuditLog {

    /** Rows per multi-row INSERT (11 parameters a row; PostgreSQL allows 65 535 parameters a statement). */
    static final int ROWS_PER_STATEMENT = 1_000;

    private static final String INSERT = """
            insert into audit_event (channel, consumer_id, actor_type, actor_id, role, unit, action, person_id, outcome,
                                     purpose, detail)
            values""";
    private static final String ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final JdbcClient jdbc;

    public AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param channel    e.g. the contract name ("CreateListing"), "staff", a job name
     * @param consumerId the calling system's HSA-id (x-rivta-original-serviceconsumer-hsaid), may be null
     * @param actor      the acting citizen, guardian or organisation, may be null (system jobs)
     * @param action     what was done, e.g. "READ", "CREATE"
     * @param person     whose data, may be null (catalogue reads)
     * @param outcome    e.g. the result code
     */
    public void record(String channel, String consumerId, Actor actor, String action, PersonId person, String outcome) {
        record(channel, consumerId, actor, action, person, outcome, null);
    }

    /** As above with a free-text detail (a reason, never personal data). */
    public void record(String channel, String consumerId, Actor actor, String action, PersonId person, String outcome,
                       String detail) {
        write(new AuditRow(channel, consumerId, actor == null ? null : actor.type().name(),
                actor == null ? null : actor.idValue(), null, null, action, person == null ? null : person.value(),
                outcome, null, detail));
    }

    /** One row, now, in the caller's transaction if there is one. */
    public void write(AuditRow row) {
        writeAll(List.of(row));
    }

    /** Many rows with one multi-row INSERT per {@value #ROWS_PER_STATEMENT} (set-based, not one statement a row). */
    public void writeAll(List<AuditRow> rows) {
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            List<AuditRow> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
            JdbcClient.StatementSpec statement =
                    jdbc.sql(INSERT + String.join(",", Collections.nCopies(chunk.size(), ROW)));
            for (AuditRow r : chunk) {
                for (String value : Arrays.asList(r.channel(), r.consumerId(), r.actorType(), r.actorId(), r.role(), r.unit(),
                        r.action(), r.personId(), r.outcome(), r.purpose(), r.detail())) {
                    statement = statement.param(new SqlParameterValue(Types.VARCHAR, value));
                }
            }
            statement.update();
        }
    }
}
