package se.listning.region.staff.upload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * The checked rows of one upload, streamed by COPY (CSV format, ~1 MB chunks) into a temporary table
 * of the current transaction ({@code csv_staging}, dropped at commit or rollback).
 */
final class UploadStaging implements AutoCloseable {

    static final String TABLE = "csv_staging";
    private static final int FLUSH_CHARS = 1 << 20;

    private final CopyIn copy;
    private final StringBuilder chunk = new StringBuilder(FLUSH_CHARS + 8192);
    private long rows;

    UploadStaging(Connection connection) throws SQLException {
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("""
                    create temp table csv_staging (
                        line_no bigint not null, f_person text, f_unit text, f_doctor text, f_date text,
                        person_id text, unit text, doctor text, link_date date, message text
                    ) on commit drop""");
        }
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("copy csv_staging from stdin with (format csv)");
    }

    void add(RowCheck.Row row) {
        chunk.append(row.lineNo());
        for (String raw : row.raw()) {
            quoted(raw);
        }
        quoted(row.personId());
        quoted(row.unit());
        quoted(row.doctor());
        quoted(row.date() == null ? null : row.date().toString());
        quoted(row.message());
        chunk.append('\n');
        rows++;
        if (chunk.length() >= FLUSH_CHARS) {
            flush();
        }
    }

    long rows() {
        return rows;
    }

    /** A CSV cell: null stays an unquoted empty cell; text is quoted with doubled quotes. */
    private void quoted(String value) {
        chunk.append(',');
        if (value != null) {
            chunk.append('"').append(value.replace("\"", "\"\"")).append('"');
        }
    }

    private void flush() {
        byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
        chunk.setLength(0);
        try {
            copy.writeToCopy(bytes, 0, bytes.length);
        } catch (SQLException e) {
            throw new UncheckedIOException(new IOException("COPY into " + TABLE + " failed", e));
        }
    }

    /** Ends the COPY (rows visible to the transaction). */
    @Override
    public void close() throws SQLException {
        if (copy.isActive()) {
            flush();
            copy.endCopy();
        }
    }
}
