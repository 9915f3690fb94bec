package se.listning.region.staff.upload;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.listning.domain.identity.HsaId;
import se.listning.region.audit.StaffAudit;
import se.listning.region.staff.security.StaffUser;

/**
 * Runs one upload in one transaction: streams the file through the parser and row check into a
 * temporary table (COPY), takes the locks on the file's units ({@link UploadLocks}), validates set-based
 * in SQL, stores the per-unit summary and the faulty rows, and — only when every row is valid — sets the
 * doctors with one UPDATE, one history INSERT and one audit INSERT (a row per changed patient). The result
 * is stored only while the upload is still RUNNING (else everything rolls back, {@link UploadRunners}).
 */
@Component
class CsvUploadJob {

    private static final Logger log = LoggerFactory.getLogger(CsvUploadJob.class);
    static final String PURPOSE = "Ladda upp via fil";

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final CsvUploads uploads;
    private final UploadLocks locks;
    private final UploadValidation validation;
    private final UploadProgress progress;
    private final UploadRunners runners;
    private final StaffAudit audit;
    private final Clock clock;

    CsvUploadJob(DataSource dataSource, JdbcClient jdbc, TransactionTemplate transactions, CsvUploads uploads,
                 UploadLocks locks, UploadValidation validation, UploadProgress progress, UploadRunners runners,
                 StaffAudit audit, Clock clock) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.uploads = uploads;
        this.locks = locks;
        this.validation = validation;
        this.progress = progress;
        this.runners = runners;
        this.audit = audit;
        this.clock = clock;
    }

    /** Runs the upload and deletes {@code file}; the outcome is in csv_upload. */
    void run(long upload, StaffUser user, Path file) {
        try {
            transactions.executeWithoutResult(tx -> process(upload, user, file));
        } catch (UploadRefused refused) {
            uploads.close(upload, "REFUSED", refused.getMessage());
        } catch (UploadAbandoned abandoned) {
            log.warn("CSV upload {} was failed by a sweep while it ran (heartbeat too old); rolled back", upload);
        } catch (RuntimeException e) {
            log.error("CSV upload {} failed", upload, e);
            uploads.close(upload, "FAILED", "Uppladdningen kunde inte genomföras på grund av ett tekniskt fel. Försök igen.");
        } finally {
            runners.finished(upload);
            progress.finish(upload);
            try {
                Files.deleteIfExists(file);
            } catch (java.io.IOException e) {
                log.warn("Could not delete upload file {}", file);
            }
        }
    }

    private void process(long upload, StaffUser user, Path file) {
        long started = System.nanoTime();
        LocalDate today = LocalDate.now(clock);
        Connection connection = DataSourceUtils.getConnection(dataSource);
        progress.update(upload, UploadProgress.Phase.PARSING, 0, 0);
        long rows = stage(upload, connection, file, new RowCheck(today));
        if (rows == 0) {
            throw new UploadRefused("Filen innehåller inga rader.");
        }
        long staged = System.nanoTime();
        progress.update(upload, UploadProgress.Phase.VALIDATING, -1, rows);
        locks.take();
        validation.check(user, today);
        List<CsvUploads.UnitSummary> units = validation.summarise(upload);
        long validated = System.nanoTime();
        int faulty = units.stream().mapToInt(CsvUploads.UnitSummary::faulty).sum();
        int updated = 0;
        if (faulty == 0) {
            progress.update(upload, UploadProgress.Phase.APPLYING, -1, rows);
            updated = validation.apply(upload, user, LocalDateTime.now(clock), applied -> progress.applied(upload, applied));
        }
        if (!uploads.finish(upload, faulty == 0 ? "APPLIED" : "REJECTED", (int) rows, faulty, updated)) {
            throw new UploadAbandoned();
        }
        log.info("CSV upload {}: {} rows staged in {} ms, validated in {} ms, applied in {} ms ({} faulty, {} updated)",
                upload, rows, (staged - started) / 1_000_000, (validated - staged) / 1_000_000,
                (System.nanoTime() - validated) / 1_000_000, faulty, updated);
        audit.record(user, "CSV_UPLOAD", null, single(units), PURPOSE,
                "upload=" + upload + " rows=" + rows + " faulty=" + faulty + " updated=" + updated);
    }

    private long stage(long upload, Connection connection, Path file, RowCheck check) {
        try (UploadStaging staging = new UploadStaging(connection)) {
            CsvUploadParser.Format format = CsvUploadParser.parse(file, record -> {
                staging.add(check.check(record));
                if (staging.rows() % 50_000 == 0) {
                    progress.update(upload, UploadProgress.Phase.PARSING, -1, staging.rows());
                }
            }, bytes -> progress.update(upload, UploadProgress.Phase.PARSING, bytes, -1));
            log.info("CSV upload {}: {} rows, {}, separator {}, header {}", upload, staging.rows(), format.charset(),
                    format.separator(), format.header());
            staging.close();
            UploadValidation.analyze(jdbc, UploadStaging.TABLE, "person_id, unit, doctor");
            return staging.rows();
        } catch (SQLException e) {
            throw new IllegalStateException("Staging the upload failed", e);
        }
    }

    private static HsaId single(List<CsvUploads.UnitSummary> units) {
        return units.size() == 1 && units.get(0).name() != null ? HsaId.of(units.get(0).unit()) : null;
    }

    /** The upload is refused as a whole (nothing stored but the reason). */
    static final class UploadRefused extends RuntimeException {
        UploadRefused(String message) {
            super(message);
        }
    }

    /** The upload was failed meanwhile by a sweep that found its heartbeat too old: its work is rolled back. */
    static final class UploadAbandoned extends RuntimeException {
        UploadAbandoned() {
            super("upload no longer RUNNING");
        }
    }
}
