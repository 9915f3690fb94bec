package se.listning.region.config;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scheduled jobs run on one node at a time: ShedLock, one row per job in table {@code shedlock} (V11), times
 * from the database clock. Each {@code @Scheduled} method names its lock with {@code @SchedulerLock} (the
 * names below); a node whose turn comes while another holds the lock skips that round.
 * <p>
 * The lock is for efficiency and order only: every job stays correct when two nodes run it at once (row
 * locks, leases), so a lock expiring under a slow run ({@code lockAtMostFor}) costs work, not correctness.
 * {@code listning.scheduling.node-name} (default: the host name) is written to {@code locked_by}, so operators
 * see which node holds a job.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = SchedulingLockConfig.LOCK_AT_MOST_FOR,
        defaultLockAtLeastFor = SchedulingLockConfig.LOCK_AT_LEAST_FOR, proxyTargetClass = true)
public class SchedulingLockConfig {

    /** Periodic queue advancement over all units ({@code QueueAdvancement#periodically}). */
    public static final String QUEUE_ADVANCEMENT = "queue-advancement";
    /** Periodic outbox delivery round ({@code OutboxDelivery#periodically}). */
    public static final String OUTBOX_DELIVERY = "outbox-delivery";
    /** Upper bound of one run (every job's default); a node that dies holding a lock frees it after this. */
    public static final String LOCK_AT_MOST_FOR = "PT5M";
    /** Lower bound: another node's timer firing right after a short run does not repeat the round. */
    public static final String LOCK_AT_LEAST_FOR = "PT1S";

    @Bean
    LockProvider lockProvider(DataSource dataSource,
                              @Value("${listning.scheduling.node-name:}") String nodeName) {
        JdbcTemplateLockProvider.Configuration.Builder builder = JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName("shedlock")
                .usingDbTime();
        if (!nodeName.isBlank()) {
            builder.withLockedByValue(nodeName);
        }
        return new JdbcTemplateLockProvider(builder.build());
    }
}
