package se.listning.region.crosscounty;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import se.listning.domain.api.Outcome;
import se.listning.domain.api.ResultCode;
import se.listning.domain.identity.CountyCode;
import se.listning.domain.identity.PersonId;
import se.listning.domain.port.OtherRegions;
import se.listning.domain.port.RegionSettings;
import se.listning.region.config.SchedulingLockConfig;
import se.listning.region.soap.PersonIdScrubber;

/**
 * Delivers outbox_update_listing: claims due notices in a short transaction ({@link OutboxRepository}), calls
 * the receiving region outside any transaction, and records what happened:
 * <ul>
 * <li>OK / INFO → DELIVERED;</li>
 * <li>ERROR_MAXIMUM_ANNUAL_UPDATES_EXCEEDED from a visitor's home region about a listing we made → REFUSED and
 * our listing reverted (flow 11b, {@link HomeRegionRefusals#revert});</li>
 * <li>any other logical error → REFUSED, logged and recorded, never resent (SjD TK 2.2);</li>
 * <li>SOAP fault, timeout, transport error → tried again with exponential back-off ({@link BackoffSchedule});
 * after {@code listning.outbox.max-age} → FAILED.</li>
 * </ul>
 * Runs on a fixed delay ({@code listning.outbox.poll-interval}; on one node at a time,
 * {@link SchedulingLockConfig}), right after a transaction that wrote a notice
 * commits (in the background, never in the committing request), and synchronously for one person after a
 * visitor's CreateListing (flow 11a, {@link CrossCountyCareListingService}).
 */
@Component
public class OutboxDelivery implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(OutboxDelivery.class);
    private static final int MAX_ROUNDS = 1000;

    /** What happened to one notice. */
    public enum Result { DELIVERED, REVERTED, REFUSED, RETRY, FAILED }

    public record Delivery(OutboxNotice notice, Result result, Outcome outcome) {
    }

    private static final ThreadLocal<Boolean> SYNCHRONOUS_DELIVERY_FOLLOWS = ThreadLocal.withInitial(() -> false);

    private final OutboxRepository outbox;
    private final OtherRegions otherRegions;
    private final HomeRegionRefusals refusals;
    private final CrossCountyProperties.Outbox settings;
    private final BackoffSchedule backoff;
    private final CountyCode own;
    private final Clock clock;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "outbox-delivery");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean kicked = new AtomicBoolean();

    public OutboxDelivery(OutboxRepository outbox, OtherRegions otherRegions, HomeRegionRefusals refusals,
                          CrossCountyProperties properties, RegionSettings regionSettings, Clock clock) {
        this.outbox = outbox;
        this.otherRegions = otherRegions;
        this.refusals = refusals;
        this.settings = properties.outbox();
        this.backoff = new BackoffSchedule(settings.firstRetry(), settings.maxRetry(), settings.maxAge());
        this.own = regionSettings.county();
        this.clock = clock;
    }

    /** Delivers every due notice (round after round, so a person's later notices follow at once). */
    public List<Delivery> deliverDue() {
        List<Delivery> done = new ArrayList<>();
        for (int round = 0; round < MAX_ROUNDS; round++) {
            List<OutboxNotice> claimed = outbox.claimDue(settings.batchSize(), settings.lease());
            if (claimed.isEmpty()) {
                break;
            }
            claimed.forEach(n -> done.add(deliver(n, false)));
        }
        return done;
    }

    /**
     * Delivers the person's due notices now, oldest first, stopping at the first that is not delivered
     * (per-person FIFO). {@code answeredToCaller}: a refusal is answered to the waiting CreateListing caller
     * (flow 11a) rather than shown later in GetListing.
     */
    public List<Delivery> deliverNowFor(PersonId person, boolean answeredToCaller) {
        List<Delivery> done = new ArrayList<>();
        for (int round = 0; round < MAX_ROUNDS; round++) {
            List<OutboxNotice> claimed = outbox.claimDueFor(person, settings.lease());
            if (claimed.isEmpty()) {
                break;
            }
            Delivery d = deliver(claimed.get(0), answeredToCaller);
            done.add(d);
            if (d.result() == Result.RETRY || d.result() == Result.FAILED) {
                break;
            }
        }
        return done;
    }

    Delivery deliver(OutboxNotice notice, boolean answeredToCaller) {
        Outcome outcome;
        try {
            outcome = otherRegions.updateListing(notice.receiver(), notice.person(), notice.newListingCounty(),
                    notice.homeCounty(), notice.listingType());
        } catch (RuntimeException e) {
            // RegionUnavailableException, or anything unexpected on our side of the call: try again later
            return failed(notice, PersonIdScrubber.scrub(e.getMessage() == null ? e.toString() : e.getMessage()));
        }
        if (outcome.isOk()) {
            outbox.markDelivered(notice.id(), outcome.code().name());
            return new Delivery(notice, Result.DELIVERED, outcome);
        }
        if (outcome.code() == ResultCode.ERROR_MAXIMUM_ANNUAL_UPDATES_EXCEEDED
                && notice.origin() == OutboxNotice.Origin.LISTING && notice.announcesOurListing(own)) {
            refusals.revert(notice, outcome, answeredToCaller);
            return new Delivery(notice, Result.REVERTED, outcome);
        }
        refusals.record(notice, outcome);
        return new Delivery(notice, Result.REFUSED, outcome);
    }

    private Delivery failed(OutboxNotice notice, String error) {
        int attempts = notice.attempts() + 1;
        LocalDateTime now = LocalDateTime.now(clock);
        String stored = error.length() > 1000 ? error.substring(0, 1000) : error;
        if (backoff.givesUp(notice.createdAt(), now)) {
            outbox.markFailed(notice.id(), attempts, stored);
            log.error("Gave up UpdateListing notice {} to county {} about {} after {} attempts: {}", notice.id(),
                    notice.receiver().code(), notice.person().masked(), attempts, stored);
            return new Delivery(notice, Result.FAILED, null);
        }
        LocalDateTime next = backoff.nextAttempt(attempts, now);
        outbox.markRetry(notice.id(), attempts, next, stored);
        log.warn("UpdateListing notice {} to county {} not delivered (attempt {}), next attempt at {}: {}", notice.id(),
                notice.receiver().code(), attempts, next, stored);
        return new Delivery(notice, Result.RETRY, null);
    }

    @Scheduled(fixedDelayString = "${listning.outbox.poll-interval:PT30S}",
            initialDelayString = "${listning.outbox.poll-interval:PT30S}")
    @SchedulerLock(name = SchedulingLockConfig.OUTBOX_DELIVERY)
    public void periodically() {
        if (!settings.enabled()) {
            return;
        }
        runQuietly();
    }

    /** After a commit that wrote notices: one background round (coalesced; the committing thread never waits). */
    @TransactionalEventListener
    public void afterCommit(NoticeQueued queued) {
        if (!SYNCHRONOUS_DELIVERY_FOLLOWS.get()) {
            kick();
        }
    }

    /** Starts a background delivery round unless one is already waiting to start. */
    public void kick() {
        if (kicked.compareAndSet(false, true)) {
            background.execute(() -> {
                kicked.set(false);
                runQuietly();
            });
        }
    }

    /**
     * Runs {@code work} (a transaction that may write notices) without the after-commit background round: the
     * caller delivers the person's notices itself right after (flow 11a), so the two never race for them.
     */
    public <T> T withSynchronousDelivery(java.util.function.Supplier<T> work) {
        SYNCHRONOUS_DELIVERY_FOLLOWS.set(true);
        try {
            return work.get();
        } finally {
            SYNCHRONOUS_DELIVERY_FOLLOWS.remove();
        }
    }

    private synchronized void runQuietly() {
        try {
            List<Delivery> done = deliverDue();
            if (!done.isEmpty()) {
                log.info("Outbox round: {} notice(s) handled", done.size());
            }
        } catch (RuntimeException e) {
            log.warn("Outbox delivery round failed; the next round retries: {}", PersonIdScrubber.scrub(e.toString()));
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        background.shutdownNow();
        background.awaitTermination(5, TimeUnit.SECONDS);
    }
}
