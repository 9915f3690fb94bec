package se.listning.region.listing;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.event.TransactionalEventListener;
import se.listning.domain.usecase.QueueAdvancer;

/**
 * Moves queues forward when places are free:
 * <ul>
 * <li>right after a transaction that ended a listing commits ({@link PlaceFreed}, published by the
 * listing store), for that facility and type;</li>
 * <li>periodically over all capped facilities with a queue ({@code listning.queue-advance-interval},
 * default 10 s), which also catches places freed by raised caps, crashes between commit and
 * advancement, and work done on other nodes.</li>
 * </ul>
 * The advancer promotes one person per new transaction (person lock, then facility lock) and is safe
 * to run on several nodes at once. Failures here never reach the caller whose commit triggered them.
 */
public class QueueAdvancement {

    private static final Logger log = LoggerFactory.getLogger(QueueAdvancement.class);

    private final QueueAdvancer advancer;

    public QueueAdvancement(QueueAdvancer advancer) {
        this.advancer = advancer;
    }

    @TransactionalEventListener
    public void afterCommit(PlaceFreed freed) {
        try {
            int promoted = advancer.advance(freed.facility(), freed.type());
            if (promoted > 0) {
                log.info("Promoted {} from the queue at {} ({})", promoted, freed.facility(), freed.type());
            }
        } catch (RuntimeException e) {
            log.warn("Queue advancement at {} failed; the periodic run will retry: {}", freed.facility(), e.toString());
        }
    }

    @Scheduled(fixedDelayString = "${listning.queue-advance-interval:PT10S}", initialDelayString = "${listning.queue-advance-interval:PT10S}")
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
