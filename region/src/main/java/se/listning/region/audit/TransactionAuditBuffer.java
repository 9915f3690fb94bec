package se.listning.region.audit;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Audit rows of bulk work (a population-feed batch): collected per transaction and written set-based with one
 * multi-row INSERT just before that transaction commits, so they commit or roll back with the changes they
 * describe. Outside a transaction a row is written at once.
 */
@Component
public class TransactionAuditBuffer {

    private final AuditLog log;

    public TransactionAuditBuffer(AuditLog log) {
        this.log = log;
    }

    public void add(AuditRow row) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            log.write(row);
            return;
        }
        // getSynchronizations() holds the current transaction's only (a suspended outer one's are set aside).
        Pending pending = TransactionSynchronizationManager.getSynchronizations().stream()
                .filter(s -> s instanceof Pending p && p.owner == this).map(Pending.class::cast).findFirst()
                .orElseGet(() -> {
                    Pending created = new Pending(this);
                    TransactionSynchronizationManager.registerSynchronization(created);
                    return created;
                });
        pending.rows.add(row);
    }

    /** The rows of one transaction; flushed in beforeCommit (a failure there rolls the transaction back). */
    private static final class Pending implements TransactionSynchronization {

        private final TransactionAuditBuffer owner;
        private final List<AuditRow> rows = new ArrayList<>();

        Pending(TransactionAuditBuffer owner) {
            this.owner = owner;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            owner.log.writeAll(rows);
            rows.clear();
        }

        @Override
        public void afterCompletion(int status) {
            rows.clear();
        }
    }
}
