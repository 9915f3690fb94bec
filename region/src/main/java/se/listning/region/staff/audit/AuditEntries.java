package se.listning.region.staff.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Read side of audit_event and audit_event_person for the viewer: keyset pages (newest first, never an offset:
 * the table grows to hundreds of millions of rows) and a streamed export. Every filter column has an index
 * that starts with it and continues with the time (V1, V5, V10, V15).
 */
@Repository
public class AuditEntries {

    private static final String COLUMNS = "id, at, channel, consumer_id, actor_type, actor_id, role, unit, action, "
            + "person_id, outcome, purpose, detail";
    private static final String PERSON_COLUMNS = "p.id, p.at, e.channel, e.consumer_id, e.actor_type, e.actor_id, e.role, "
            + "e.unit, e.action, p.person_id, e.outcome, e.purpose, concat_ws(' ', e.detail, p.detail) as detail";

    private final JdbcClient jdbc;
    private final JdbcClient streaming;
    private final TransactionTemplate readOnly;

    public AuditEntries(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(1000);
        this.streaming = JdbcClient.create(template);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** Up to {@code size} entries matching {@code filter}, strictly older than {@code after} when given. */
    public List<AuditEntry> page(AuditFilter filter, Optional<AuditCursor> after, int size) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql(pageQuery(filter, after, size, params)).params(params).query(AuditEntries::entry).list();
    }

    /**
     * The page's SQL, its values put in {@code params} (visible for the index test). With a person, the entries
     * are that person's audit_event rows and the audit_event_person rows of acts on many persons (a CSV upload),
     * each shown with its act's who, unit, what and purpose: both read newest first through their person index and
     * merged. Without a person, the acts themselves (one row for an upload's changes at a unit).
     */
    static String pageQuery(AuditFilter filter, Optional<AuditCursor> after, int size, Map<String, Object> params) {
        params.put("limit", size);
        after.ifPresent(c -> {
            params.put("afterAt", c.at());
            params.put("afterId", c.id());
        });
        String events = "select " + COLUMNS + " from audit_event"
                + where(filter.conditions(params), after.isPresent(), "") + " order by at desc, id desc limit :limit";
        if (filter.person() == null) {
            return events;
        }
        String persons = "select " + PERSON_COLUMNS
                + " from audit_event_person p join audit_event e on e.id = p.event_id"
                + where(filter.conditions(params, AuditEntries::personRowColumn), after.isPresent(), "p.")
                + " order by p.at desc, p.id desc limit :limit";
        return "select * from ((" + events + ") union all (" + persons + ")) entry order by at desc, id desc limit :limit";
    }

    /** In the person rows' query: id, at and person_id are the person row's, the rest its act's. */
    private static String personRowColumn(String column) {
        return switch (column) {
            case "id", "at", "person_id" -> "p." + column;
            default -> "e." + column;
        };
    }

    private static String where(List<String> conditions, boolean afterCursor, String prefix) {
        List<String> where = new ArrayList<>(conditions);
        if (afterCursor) {
            where.add("(" + prefix + "at, " + prefix + "id) < (:afterAt, :afterId)");
        }
        return where.isEmpty() ? "" : " where " + String.join(" and ", where);
    }

    /**
     * Streams up to {@code max} matching entries, newest first, to {@code sink} (a database cursor in a
     * read-only transaction: memory stays flat). Returns how many were written.
     */
    public int stream(AuditFilter filter, int max, Consumer<AuditEntry> sink) {
        Map<String, Object> params = new HashMap<>();
        String sql = pageQuery(filter, Optional.empty(), max, params);
        int[] count = {0};
        readOnly.executeWithoutResult(tx -> streaming.sql(sql).params(params)
                .query(rs -> {
                    sink.accept(entry(rs, count[0]));
                    count[0]++;
                }));
        return count[0];
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getLong("id"), rs.getTimestamp("at").toLocalDateTime(), rs.getString("channel"),
                rs.getString("consumer_id"), rs.getString("actor_type"), rs.getString("actor_id"), rs.getString("role"),
                rs.getString("unit"), rs.getString("action"), rs.getString("person_id"), rs.getString("outcome"),
                rs.getString("purpose"), rs.getString("detail"));
    }
}
