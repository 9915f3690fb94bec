package se.listning.region.crosscounty;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import se.listning.domain.identity.CountyCode;
import se.listning.domain.identity.ListingTypeCode;
import se.listning.domain.port.OtherRegions;
import se.listning.domain.port.RegionSettings;
import se.listning.region.soap.PersonIdScrubber;

/**
 * The synchronisation job (1177 Listning Q&amp;A item 13): for every visitor with an active listing at one of
 * our units, asks the home region (GetListingCounty) whether it records our county; where it does not, an
 * UpdateListing notice is written to the outbox (origin SYNC) and the mismatch is reported (masked personnummer
 * only).
 * <ul>
 * <li><b>Rate-limited</b>: at most {@code listning.sync.rate} GetListingCounty calls per second (token bucket).</li>
 * <li><b>Resumable</b>: visitors are visited in person-id order; the cursor, the counters and any repair notice
 * are committed together per visitor, so a job interrupted by a stop or crash continues after the last visitor
 * it finished, on start-up ({@code listning.sync.resume-on-startup}) or with the next POST /admin/sync.</li>
 * <li><b>One at a time across nodes</b>: the runner holds a PostgreSQL session advisory lock for the whole run
 * (released by the database if the node dies), and at most one sync_job row is RUNNING (unique index).</li>
 * </ul>
 */
@Component
public class SyncJob implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SyncJob.class);
    /** Advisory lock key of the job ("LSYN"). */
    static final long LOCK_KEY = 0x4C53594EL;
    private static final int BATCH = 100;

    private final SyncJobRepository jobs;
    private final OutboxRepository outbox;
    private final OtherRegions otherRegions;
    private final OutboxDelivery delivery;
    private final DataSource dataSource;
    private final TransactionTemplate transaction;
    private final CountyCode own;
    private final CrossCountyProperties.Sync settings;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "sync-job");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean runningHere = new AtomicBoolean();
    private volatile boolean stopping;

    public SyncJob(SyncJobRepository jobs, OutboxRepository outbox, OtherRegions otherRegions, OutboxDelivery delivery,
                   DataSource dataSource, PlatformTransactionManager transactionManager, RegionSettings regionSettings,
                   CrossCountyProperties properties) {
        this.jobs = jobs;
        this.outbox = outbox;
        this.otherRegions = otherRegions;
        this.delivery = delivery;
        this.dataSource = dataSource;
        this.transaction = new TransactionTemplate(transactionManager);
        transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.own = regionSettings.county();
        this.settings = properties.sync();
    }

    /** Starts a job in the background, or resumes the interrupted one; false when one is running already. */
    public boolean start() {
        if (!runningHere.compareAndSet(false, true)) {
            return false;
        }
        runner.execute(() -> {
            try {
                run();
            } finally {
                runningHere.set(false);
            }
        });
        return true;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void resumeInterrupted() {
        if (settings.resumeOnStartup() && jobs.running().isPresent()) {
            log.info("Resuming the interrupted synchronisation job");
            start();
        }
    }

    /** Progress of the running or latest job, and its findings. */
    public Map<String, Object> status() {
        Map<String, Object> status = new LinkedHashMap<>();
        Optional<SyncJobRepository.Job> job = jobs.latest();
        status.put("runningHere", runningHere.get());
        if (job.isEmpty()) {
            status.put("state", "NONE");
            return status;
        }
        SyncJobRepository.Job j = job.get();
        status.put("id", j.id());
        status.put("state", j.state());
        status.put("startedAt", String.valueOf(j.startedAt()));
        status.put("finishedAt", j.finishedAt() == null ? null : j.finishedAt().toString());
        status.put("total", j.total());
        status.put("checked", j.checked());
        status.put("mismatches", j.mismatches());
        status.put("errors", j.errors());
        status.put("lastError", j.lastError());
        status.put("findings", jobs.findings(j.id(), 1000));
        return status;
    }

    private void run() {
        try (Connection lockConnection = dataSource.getConnection()) {
            if (!advisoryLock(lockConnection, "pg_try_advisory_lock")) {
                log.info("The synchronisation job is running on another node");
                return;
            }
            try {
                SyncJobRepository.Job job = transaction.execute(s -> jobs.running().orElseGet(() -> jobs.start(own)));
                log.info("Synchronisation job {} running: {} visitor(s), {} checked so far", job.id(), job.total(),
                        job.checked());
                boolean finished = runJob(job);
                if (finished) {
                    jobs.finish(job.id(), "DONE");
                    SyncJobRepository.Job done = jobs.latest().orElseThrow();
                    log.info("Synchronisation job {} done: {} checked, {} mismatch(es) repaired, {} error(s)", done.id(),
                            done.checked(), done.mismatches(), done.errors());
                    delivery.kick();
                }
            } finally {
                advisoryLock(lockConnection, "pg_advisory_unlock");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            log.info("Synchronisation job interrupted; it resumes from its cursor");
        } catch (RuntimeException | SQLException e) {
            log.warn("Synchronisation job stopped; it resumes from its cursor: {}", PersonIdScrubber.scrub(e.toString()));
        }
    }

    /** True when every visitor has been checked; false when stopped. */
    private boolean runJob(SyncJobRepository.Job job) throws InterruptedException {
        TokenBucket bucket = TokenBucket.perSecond(settings.rate());
        String cursor = job.cursor();
        while (true) {
            List<SyncJobRepository.Visitor> batch = jobs.visitorsAfter(cursor, own, BATCH);
            if (batch.isEmpty()) {
                return true;
            }
            for (SyncJobRepository.Visitor visitor : batch) {
                if (stopping || Thread.currentThread().isInterrupted()) {
                    return false;
                }
                bucket.acquire();
                check(job.id(), visitor);
                cursor = visitor.person().value();
            }
        }
    }

    private void check(long jobId, SyncJobRepository.Visitor visitor) {
        List<CountyCode> counties;
        try {
            counties = otherRegions.listingCounties(visitor.homeCounty(), visitor.person());
        } catch (RuntimeException e) {
            String error = PersonIdScrubber.scrub(e.getMessage() == null ? e.toString() : e.getMessage());
            transaction.executeWithoutResult(s -> {
                jobs.finding(jobId, visitor.person(), visitor.homeCounty(), "ERROR", error);
                jobs.progress(jobId, visitor.person(), 0, 1, error);
            });
            return;
        }
        if (counties.contains(own)) {
            transaction.executeWithoutResult(s -> jobs.progress(jobId, visitor.person(), 0, 0, null));
            return;
        }
        String detail = "Hemregionen anger " + (counties.isEmpty() ? "inget län" : "län " + counties)
                + " men personen är listad här; UpdateListing skickas.";
        transaction.executeWithoutResult(s -> {
            for (ListingTypeCode type : visitor.types()) {
                outbox.enqueueSync(visitor.homeCounty(), visitor.person(), own, visitor.homeCounty(),
                        type.equals(ListingTypeCode.PV) ? Optional.empty() : Optional.of(type));
            }
            jobs.finding(jobId, visitor.person(), visitor.homeCounty(), "MISMATCH", detail);
            jobs.progress(jobId, visitor.person(), 1, 0, null);
        });
        log.info("Synchronisation: county {} does not record {} as listed here; UpdateListing queued",
                visitor.homeCounty().code(), visitor.person().masked());
    }

    private static boolean advisoryLock(Connection connection, String function) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select " + function + "(?)")) {
            statement.setLong(1, LOCK_KEY);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        stopping = true;
        runner.shutdown();
        if (!runner.awaitTermination(15, TimeUnit.SECONDS)) {
            runner.shutdownNow();
        }
    }
}
