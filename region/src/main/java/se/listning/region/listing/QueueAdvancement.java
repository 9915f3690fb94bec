package se.listning.region.listing;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.event.TransactionalEventListener;
import se.listning.domain.usecase.QueueAdvancer;
import se.listning.region.config.SchedulingLockConfig;

/**
 * Moves queues forward when places are free:
 * <ul>
 * <li>right after a transaction that ended a listing commits ({@link PlaceFreed}, published by the
 * listing store), for that facility and type;</li>
 * <li>periodically over all capped facilities with a queue ({@code listning.queue-advance-interval},
 * default 10 s; on one node at a time, {@link SchedulingLockConfig}), which also catches places freed by
 * raised caps, crashes between commit and advancement, and work done on other nodes.</li>
 * </ul>
 * The advancer promotes one person per new transaction (person lock, then facility lock) and is safe
 * to run on several nodes at once. Failures here never reach the caller whose commit triggered them.
 * <p>
 * After-commit work runs on one background thread, never in the committing thread: that thread still
 * holds its pooled connection until the after-commit callbacks return, so taking a second connection
 * there would let a burst of requests hold every connection while waiting for another (pool deadlock,
 * found by the CreateListing benchmark). Freed places are coalesced per facility and type.
 */
public class QueueAdvancement implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(QueueAdvancement.class);

    private final QueueAdvancer advancer;
    private final Set<PlaceFreed> pending = ConcurrentHashMap.newKeySet();
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "queue-advancement");
        t.setDaemon(true);
        return t;
    });

    public QueueAdvancement(QueueAdvancer advancer) {
        this.advancer = advancer;
    }

    @TransactionalEventListener
    public void afterCommit(PlaceFreed freed) {
        if (pending.add(freed)) {
            background.execute(() -> advance(freed));
        }
    }

    private void advance(PlaceFreed freed) {
        pending.remove(freed);
        try {
            int promoted = advancer.advance(freed.facility(), freed.type());
            if (promoted > 0) {
                log.info("Promoted {} from the queue at {} ({})", promoted, freed.facility(), freed.type());
            }
        } catch (RuntimeException e) {
            log.warn("Queue advancement at {} failed; the periodic run will retry: {}", freed.facility(), e.toString());
        }
    }

    @Override
    public void close() {
        background.shutdownNow();
    }

    @Scheduled(fixedDelayString = "${listning.queue-advance-interval:PT10S}", initialDelayString = "${listning.queue-advance-interval:PT10S}")
    @SchedulerLock(name = SchedulingLockConfig.QUEUE_ADVANCEMENT)
    public void periodically() {
        try {
            int promoted = advancer.advanceAll();
            if (promoted > 0) {
                log.info("Promoted {} from queues", promoted);
            }
        } catch (RuntimeException e) {
            log.warn("Periodic queue advancement failed: {}", e.toString());
        }
    }
}
