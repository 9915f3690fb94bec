package se.listning.region.demodata;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * A {@link RowSink} that streams rows into one COPY … FROM STDIN in PostgreSQL's text format,
 * flushing every ~1 MB, so nothing but the current chunk is held in memory.
 */
final class CopyStream implements RowSink, AutoCloseable {

    private static final int FLUSH_CHARS = 1 << 20;

    private final Table table;
    private final CopyIn copy;
    private final StringBuilder chunk = new StringBuilder(FLUSH_CHARS + 4096);
    private final int columns;
    private long rows;

    CopyStream(CopyManager manager, Table table) throws SQLException {
        this.table = table;
        this.columns = table.columnCount();
        this.copy = manager.copyIn("COPY " + table.tableName() + " (" + table.columns() + ") FROM STDIN");
    }

    @Override
    public void row(Object... values) {
        if (values.length != columns) {
            throw new IllegalArgumentException(table + " expects " + columns + " values, got " + values.length);
        }
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                chunk.append('\t');
            }
            append(values[i]);
        }
        chunk.append('\n');
        rows++;
        if (chunk.length() >= FLUSH_CHARS) {
            flush();
        }
    }

    private void append(Object value) {
        if (value == null) {
            chunk.append("\\N");
        } else if (value instanceof Boolean b) {
            chunk.append(b ? 't' : 'f');
        } else if (value instanceof Integer || value instanceof Long) {
            chunk.append(value);
        } else if (value instanceof LocalDate || value instanceof LocalDateTime) {
            chunk.append(value);
        } else if (value instanceof String[] array) {
            chunk.append('{').append(String.join(",", array)).append('}');
        } else {
            String text = value.toString();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '\\' -> chunk.append("\\\\");
                    case '\t' -> chunk.append("\\t");
                    case '\n' -> chunk.append("\\n");
                    case '\r' -> chunk.append("\\r");
                    default -> chunk.append(c);
                }
            }
        }
    }

    private void flush() {
        if (chunk.isEmpty()) {
            return;
        }
        byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
        chunk.setLength(0);
        try {
            copy.writeToCopy(bytes, 0, bytes.length);
        } catch (SQLException e) {
            throw new IllegalStateException("COPY into " + table.tableName() + " failed", e);
        }
    }

    long rows() {
        return rows;
    }

    /** Ends the COPY; returns the number of rows the server stored. */
    long finish() throws SQLException {
        flush();
        return copy.endCopy();
    }

    @Override
    public void close() throws SQLException {
        if (copy.isActive()) {
            copy.cancelCopy();
        }
    }
}
