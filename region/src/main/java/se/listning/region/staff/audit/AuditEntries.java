package se.listning.region.staff.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
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
 * Read side of audit_event for the viewer: keyset pages (newest first, never an offset: the table
 * grows to hundreds of millions of rows) and a streamed export. Every filter column has an index
 * that starts with it and continues with the time (V1, V5, V10).
 */
@Repository
public class AuditEntries {

    private static final String COLUMNS = "id, at, channel, consumer_id, actor_type, actor_id, role, unit, action, "
            + "person_id, outcome, purpose, detail";

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

    /** The page's SQL, its values put in {@code params} (visible for the index test). */
    static String pageQuery(AuditFilter filter, Optional<AuditCursor> after, int size, Map<String, Object> params) {
        List<String> where = filter.conditions(params);
        after.ifPresent(c -> {
            where.add("(at, id) < (:afterAt, :afterId)");
            params.put("afterAt", c.at());
            params.put("afterId", c.id());
        });
        params.put("limit", size);
        return select(where) + " limit :limit";
    }

    /**
     * Streams up to {@code max} matching entries, newest first, to {@code sink} (a database cursor in a
     * read-only transaction: memory stays flat). Returns how many were written.
     */
    public int stream(AuditFilter filter, int max, Consumer<AuditEntry> sink) {
        Map<String, Object> params = new HashMap<>();
        List<String> where = filter.conditions(params);
        params.put("limit", max);
        int[] count = {0};
        readOnly.executeWithoutResult(tx -> streaming.sql(select(where) + " limit :limit").params(params)
                .query(rs -> {
                    sink.accept(entry(rs, count[0]));
                    count[0]++;
                }));
        return count[0];
    }

    private static String select(List<String> where) {
        return "select " + COLUMNS + " from audit_event"
                + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by at desc, id desc";
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getLong("id"), rs.getTimestamp("at").toLocalDateTime(), rs.getString("channel"),
                rs.getString("consumer_id"), rs.getString("actor_type"), rs.getString("actor_id"), rs.getString("role"),
                rs.getString("unit"), rs.getString("action"), rs.getString("person_id"), rs.getString("outcome"),
                rs.getString("purpose"), rs.getString("detail"));
    }
}
