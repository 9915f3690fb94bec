package se.listning.region.reliability;

import net.javacrumbs.shedlock.support.Utils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A node that starts runs no scheduled job yet, so scheduler locks still held in its name were held by its previous
 * process, which died (kill -9) in the middle of a round: they are released at once instead of blocking the job
 * (outbox delivery, queue advancement) for the rest of {@code lockAtMostFor} (5 min). Should another live node share
 * the name, both may run a round at once, which the jobs tolerate (SchedulingLockConfig).
 */
@Component
public class StaleSchedulerLocks {

    private static final Logger log = LoggerFactory.getLogger(StaleSchedulerLocks.class);

    private final JdbcClient jdbc;
    private final String node;

    public StaleSchedulerLocks(JdbcClient jdbc, @Value("${listning.scheduling.node-name:}") String nodeName) {
        this.jdbc = jdbc;
        this.node = nodeName.isBlank() ? Utils.getHostname() : nodeName;
    }

    /** When the context is up (migrations done) and before the first scheduled round (its initial delay). */
    @EventListener(ContextRefreshedEvent.class)
    public void release() {
        // shedlock times are the database clock in UTC (usingDbTime)
        int released = jdbc.sql("""
                        update shedlock set lock_until = timezone('utc', current_timestamp)
                        where locked_by = :node and lock_until > timezone('utc', current_timestamp)""")
                .param("node", node).update();
        if (released > 0) {
            log.warn("Released {} scheduler lock(s) that node {} held when its previous process died", released, node);
        }
    }
}
