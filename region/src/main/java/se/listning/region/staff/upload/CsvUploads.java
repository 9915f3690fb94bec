package se.listning.region.staff.upload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.listning.region.staff.security.StaffUser;

/** The stored uploads: csv_upload with its per-unit summary and faulty rows (V8). */
@Component
public class CsvUploads {

    /** One upload as the pages show it. */
    public record Upload(long id, String uploadedBy, LocalDateTime uploadedAt, String fileName, long fileBytes,
                         String state, int total, int approved, int faulty, int updated, String message,
                         LocalDateTime finishedAt) {

        public boolean running() {
            return "RUNNING".equals(state);
        }

        public String stateLabel() {
            return switch (state) {
                case "RUNNING" -> "Pågår";
                case "APPLIED" -> "Genomförd";
                case "REJECTED" -> "Ej genomförd – felaktiga poster";
                case "REFUSED" -> "Ej genomförd";
                default -> "Misslyckades";
            };
        }
    }

    /** Per unit: total, approved, faulty and updated rows; {@code name} null for an unknown unit. */
    public record UnitSummary(String unit, String name, int total, int approved, int faulty, int updated) {
    }

    /** Faulty rows with one message, and how many. */
    public record ErrorGroup(String message, long count) {
    }

    private static final String COLUMNS = """
            id, uploaded_by, uploaded_at, file_name, file_bytes, state, total, approved, faulty, updated, message,
            finished_at""";

    private final JdbcClient jdbc;
    private final UploadRunners runners;

    CsvUploads(JdbcClient jdbc, UploadRunners runners) {
        this.jdbc = jdbc;
        this.runners = runners;
    }

    /** Registers an upload run by this process (RUNNING, this node's name, a fresh heartbeat). */
    long create(StaffUser user, String fileName, long bytes) {
        long id = jdbc.sql("""
                        insert into csv_upload (uploaded_by, actor_id, role, file_name, file_bytes, node_name, heartbeat_at)
                        values (:by, :actor, :role, :name, :bytes, :node, localtimestamp) returning id""")
                .param("by", user.username()).param("actor", user.auditId()).param("role", user.role().name())
                .param("name", fileName).param("bytes", bytes).param("node", runners.node())
                .query(Long.class).single();
        runners.running(id);
        return id;
    }

    /** Stores the result; false when the upload is no longer RUNNING (a sweep found its runner gone). */
    boolean finish(long upload, String state, int total, int faulty, int updated) {
        return jdbc.sql("""
                        update csv_upload set state = :state, total = :total, approved = :total - :faulty, faulty = :faulty,
                                              updated = :updated, finished_at = localtimestamp
                        where id = :id and state = 'RUNNING'""")
                .param("state", state).param("total", total).param("faulty", faulty).param("updated", updated)
                .param("id", upload)
                .update() == 1;
    }

    /** Ends a RUNNING upload without a result (refused as a whole or failed), with the reason. */
    void close(long upload, String state, String message) {
        jdbc.sql("""
                        update csv_upload set state = :state, message = :message, finished_at = localtimestamp
                        where id = :id and state = 'RUNNING'""")
                .param("state", state).param("message", message).param("id", upload)
                .update();
    }

    public Optional<Upload> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from csv_upload where id = :id").param("id", id)
                .query(Upload.class).optional();
    }

    /** The latest uploads: the user's own, or everybody's for region-wide users. */
    public List<Upload> recent(StaffUser user, int limit) {
        return jdbc.sql("select " + COLUMNS + " from csv_upload where (:all or uploaded_by = :by) order by id desc limit :limit")
                .param("all", user.regionWide()).param("by", user.username()).param("limit", limit)
                .query(Upload.class).list();
    }

    public List<UnitSummary> units(long upload) {
        return jdbc.sql("select unit, name, total, approved, faulty, updated from csv_upload_unit where upload_id = :id order by unit")
                .param("id", upload).query(UnitSummary.class).list();
    }

    public List<ErrorGroup> errorGroups(long upload) {
        return jdbc.sql("""
                        select message, count(*) as count from csv_upload_error where upload_id = :id
                        group by message order by count(*) desc, message""")
                .param("id", upload).query(ErrorGroup.class).list();
    }

    /** Writes the faulty rows as CSV (header, then rows in file order), streamed through a cursor. */
    @Transactional(readOnly = true)
    public void writeErrors(long upload, Writer out) throws IOException {
        out.write(ErrorCsv.BOM);
        out.write(ErrorCsv.HEADER);
        out.write("\r\n");
        jdbc.sql("""
                        select person, unit, doctor, link_date, message from csv_upload_error
                        where upload_id = :id order by line_no""")
                .param("id", upload)
                .withFetchSize(5000)
                .query(rs -> {
                    try {
                        ErrorCsv.row(out, rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    /** Audits the error download: one read per distinct person (and the row's unit when known) in the faulty rows. */
    void auditErrorDownload(long upload, StaffUser user) {
        jdbc.sql("""
                        insert into audit_event (channel, actor_type, actor_id, role, unit, action, person_id, outcome, purpose,
                                                 detail)
                        select distinct 'staff', 'STAFF', :actor, :role, f.hsa_id, 'READ', e.person_id, 'OK',
                               'Ladda ner felaktiga poster', 'upload=' || :upload
                        from csv_upload_error e
                        left join facility f on upper(f.hsa_id) = upper(trim(e.unit))
                        where e.upload_id = :upload and e.person_id is not null""")
                .param("actor", user.auditId()).param("role", user.role().name()).param("upload", upload)
                .update();
    }
}
