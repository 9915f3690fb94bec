package se.listning.region.demodata;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import javax.sql.DataSource;
import org.postgresql.PGConnection;

/**
 * Loads a {@link DemoDataSet} in ONE transaction: one COPY per table in foreign-key order, each
 * streaming rows as they are generated; at the end the row count of every table is checked against
 * what was sent. Any failure rolls everything back.
 */
public final class DemoDataImporter {

    public record Report(Map<Table, Long> rows, Duration duration) {

        public long totalRows() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }

        public double rowsPerSecond() {
            return totalRows() / Math.max(0.001, duration.toMillis() / 1000.0);
        }
    }

    private final DataSource dataSource;

    public DemoDataImporter(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Report load(DemoDataSet data) throws SQLException {
        long started = System.nanoTime();
        Map<Table, Long> copied = new EnumMap<>(Table.class);
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                Map<Table, Long> before = counts(connection);
                PGConnection pg = connection.unwrap(PGConnection.class);
                for (Table table : Table.values()) {
                    try (CopyStream stream = new CopyStream(pg.getCopyAPI(), table)) {
                        data.emit(table, stream);
                        long stored = stream.finish();
                        if (stored != stream.rows()) {
                            throw new IllegalStateException(table.tableName() + ": sent " + stream.rows() + " rows, stored " + stored);
                        }
                        copied.put(table, stored);
                    }
                }
                Map<Table, Long> after = counts(connection);
                for (Table table : Table.values()) {
                    long expected = before.get(table) + copied.get(table);
                    if (after.get(table) != expected) {
                        throw new IllegalStateException(table.tableName() + " has " + after.get(table)
                                + " rows after the load, expected " + expected);
                    }
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        }
        return new Report(copied, Duration.ofNanos(System.nanoTime() - started));
    }

    private static Map<Table, Long> counts(Connection connection) throws SQLException {
        Map<Table, Long> counts = new EnumMap<>(Table.class);
        try (Statement statement = connection.createStatement()) {
            for (Table table : Table.values()) {
                try (ResultSet rs = statement.executeQuery("select count(*) from " + table.tableName())) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        }
        return counts;
    }
}
