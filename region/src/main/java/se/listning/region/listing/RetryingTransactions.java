package se.listning.region.listing;

import java.sql.SQLException;
import java.util.Set;
import java.util.function.Supplier;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a whole piece of work in one READ COMMITTED transaction; row locks are the referee. When the
 * database refuses the transaction because of a race — serialization failure or deadlock
 * (40001/40P01), or a concurrent insert hitting one of the "one active ..." unique indexes — the
 * whole work is run once more from the start, where it sees the winner's committed rows. Any other
 * failure, or a second race, is rethrown.
 */
public class RetryingTransactions {

    private static final Logger log = LoggerFactory.getLogger(RetryingTransactions.class);
    private static final Set<String> RETRYABLE_STATES = Set.of("40001", "40P01");
    private static final Set<String> RACE_CONSTRAINTS = Set.of("listing_one_active_per_type", "queue_one_active_place");
    static final int MAX_ATTEMPTS = 2;

    private final TransactionTemplate template;

    public RetryingTransactions(PlatformTransactionManager transactionManager, int propagation) {
        this.template = new TransactionTemplate(transactionManager);
        // READ COMMITTED is the pool's level for every connection (application.yml, spring.datasource.hikari).
        template.setPropagationBehavior(propagation);
    }

    public <T> T run(String what, Supplier<T> work) {
        // Inside a caller's transaction a failed statement has spoilt that transaction: no re-run here.
        int attempts = template.getPropagationBehavior() == TransactionDefinition.PROPAGATION_REQUIRED
                && TransactionSynchronizationManager.isActualTransactionActive() ? 1 : MAX_ATTEMPTS;
        for (int attempt = 1; ; attempt++) {
            try {
                return template.execute(status -> work.get());
            } catch (RuntimeException e) {
                if (attempt >= attempts || !isRace(e)) {
                    throw e;
                }
                log.info("{}: concurrent update detected ({}), running it again", what, raceName(e));
            }
        }
    }

    static boolean isRace(Throwable e) {
        return raceName(e) != null;
    }

    /** The SQLState or constraint that marks the failure as a lost race; null when it is not one. */
    private static String raceName(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && RETRYABLE_STATES.contains(state)) {
                    return state;
                }
                if ("23505".equals(state) && t instanceof PSQLException psql) {
                    ServerErrorMessage server = psql.getServerErrorMessage();
                    String constraint = server == null ? null : server.getConstraint();
                    if (constraint != null && RACE_CONSTRAINTS.contains(constraint)) {
                        return constraint;
                    }
                }
            }
        }
        return null;
    }
}
