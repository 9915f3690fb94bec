package se.listning.region.population;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import se.listning.domain.port.RegionSettings;
import se.listning.region.config.RegionProperties;
import se.listning.region.listing.RetryingTransactions;

/**
 * Population register deliveries: validate the whole feed (nothing applied when anything is wrong),
 * then apply it in batches of {@code listning.population.batch-size} changes, one transaction per
 * batch with the progress mark. Resumable after a crash (unfinished feeds continue at start-up) and
 * idempotent per feed id.
 */
@Service
public class PopulationFeeds {

    private static final Logger log = LoggerFactory.getLogger(PopulationFeeds.class);

    /** Called inside each batch's transaction after each change; tests use it to simulate a crash. */
    @FunctionalInterface
    public interface ApplyHook {
        ApplyHook NONE = (batch, change) -> { };

        void afterChange(int batch, FeedChange change);
    }

    /** The feed could not even be identified (no readable header): nothing recorded, nothing applied. */
    public static class UnreadableFeedException extends RuntimeException {
        private final List<FeedProblem> problems;

        public UnreadableFeedException(List<FeedProblem> problems) {
            super("unreadable population feed: " + problems);
            this.problems = List.copyOf(problems);
        }

        public List<FeedProblem> problems() {
            return problems;
        }
    }

    private final FeedJobs jobs;
    private final FeedValidator validator;
    private final PopulationChangeApplier applier;
    private final RegionSettings settings;
    private final RetryingTransactions transactions;
    private final Path uploadDir;
    private final int batchSize;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "population-feed");
        t.setDaemon(true);
        return t;
    });
    private final Set<String> running = ConcurrentHashMap.newKeySet();

    public PopulationFeeds(FeedJobs jobs, FeedValidator validator, PopulationChangeApplier applier,
                           RegionSettings settings, RegionProperties properties,
                           PlatformTransactionManager transactionManager,
                           @Value("${listning.population.batch-size:1000}") int batchSize) {
        this.jobs = jobs;
        this.validator = validator;
        this.applier = applier;
        this.settings = settings;
        this.transactions = new RetryingTransactions(transactionManager, TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.uploadDir = properties.dataDir().resolve("population-feeds");
        this.batchSize = batchSize;
    }

    /** Stores an uploaded feed under the data dir (so a resume can read it again), then submits it. */
    public FeedJob upload(InputStream body, boolean async) {
        try {
            Files.createDirectories(uploadDir);
            Path file = uploadDir.resolve("upload-" + UUID.randomUUID() + ".txt");
            Files.copy(body, file, StandardCopyOption.REPLACE_EXISTING);
            return submit(file, async);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Validates the feed at {@code file} as a whole and, when it is clean, applies it (in the
     * background when {@code async}). A feed id already DONE is not applied again; one still APPLYING
     * continues where it stopped.
     */
    public FeedJob submit(Path file, boolean async) {
        return submit(file, async, ApplyHook.NONE);
    }

    /** As {@link #submit(Path, boolean)}, with a hook into each batch (tests simulate a crash with it). */
    public FeedJob submit(Path file, boolean async, ApplyHook hook) {
        long started = System.nanoTime();
        FeedParser.Result parsed = parse(file);
        if (parsed.feed() == null) {
            throw new UnreadableFeedException(parsed.problems());
        }
        PopulationFeed feed = parsed.feed();
        FeedJob existing = jobs.find(feed.feedId()).orElse(null);
        if (existing != null && existing.state() != FeedJob.State.REJECTED) {
            log.info("Population feed {}: already {}, nothing new applied", feed.feedId(), existing.state());
            if (existing.state() == FeedJob.State.APPLYING) {
                start(existing.feedId(), async, hook);
            }
            return jobs.find(feed.feedId()).orElseThrow();
        }
        List<FeedProblem> problems = new ArrayList<>(parsed.problems());
        if (problems.isEmpty()) {
            problems.addAll(validator.validate(feed, settings.county()));
        }
        jobs.save(feed, file.toAbsolutePath().toString(), problems);
        if (!problems.isEmpty()) {
            log.warn("Population feed {} rejected: {} problems, nothing applied", feed.feedId(), problems.size());
            return jobs.find(feed.feedId()).orElseThrow();
        }
        log.info("Population feed {}: {} changes validated in {} ms, applying in batches of {}", feed.feedId(),
                feed.changes().size(), (System.nanoTime() - started) / 1_000_000, batchSize);
        start(feed.feedId(), async, hook);
        return jobs.find(feed.feedId()).orElseThrow();
    }

    public java.util.Optional<FeedJob> find(String feedId) {
        return jobs.find(feedId);
    }

    public List<FeedJob> recent() {
        return jobs.all();
    }

    /** Unfinished feeds (a crash or stop during apply) continue after the last committed batch. */
    @EventListener(ApplicationReadyEvent.class)
    public void resumeUnfinished() {
        for (FeedJob job : jobs.unfinished()) {
            log.info("Population feed {}: resuming after line {}", job.feedId(), job.lastAppliedLine());
            start(job.feedId(), true, ApplyHook.NONE);
        }
    }

    private void start(String feedId, boolean async, ApplyHook hook) {
        if (async) {
            executor.execute(() -> {
                try {
                    apply(feedId, hook);
                } catch (RuntimeException e) {
                    log.error("Population feed {}: apply stopped: {}", feedId, e.toString());
                }
            });
        } else {
            apply(feedId, hook);
        }
    }

    /**
     * Applies the feed's changes after its progress mark, batch by batch. A failure leaves the mark at
     * the last committed batch and the job APPLYING; the next run continues from there.
     */
    public FeedJob apply(String feedId, ApplyHook hook) {
        if (!running.add(feedId)) {
            return jobs.find(feedId).orElseThrow();
        }
        try {
            FeedJob job = jobs.find(feedId).orElseThrow();
            if (job.state() != FeedJob.State.APPLYING) {
                return job;
            }
            PopulationFeed feed = read(Path.of(job.filePath()));
            if (!feed.checksum().equals(job.checksum())) {
                throw new IllegalStateException("feed file " + job.filePath() + " changed since it was validated");
            }
            long started = System.nanoTime();
            List<FeedChange> pending = feed.changes().stream().filter(c -> c.line() > job.lastAppliedLine()).toList();
            int batch = (job.appliedChanges() + batchSize - 1) / batchSize;
            int mark = job.lastAppliedLine();
            for (int from = 0; from < pending.size(); from += batchSize) {
                List<FeedChange> changes = pending.subList(from, Math.min(pending.size(), from + batchSize));
                int batchNumber = ++batch;
                int fromLine = mark;
                int toLine = changes.get(changes.size() - 1).line();
                transactions.run("population feed batch", () -> {
                    int passive = 0;
                    for (FeedChange change : changes) {
                        if (applier.apply(change)) {
                            passive++;
                        }
                        hook.afterChange(batchNumber, change);
                    }
                    if (!jobs.advance(feedId, fromLine, toLine, changes.size(), passive)) {
                        throw new IllegalStateException("feed " + feedId + " is being applied elsewhere");
                    }
                    return null;
                });
                mark = toLine;
            }
            jobs.finish(feedId);
            log.info("Population feed {}: done, {} changes applied ({} in this run, {} ms)", feedId, feed.changes().size(),
                    pending.size(), (System.nanoTime() - started) / 1_000_000);
            return jobs.find(feedId).orElseThrow();
        } catch (RuntimeException e) {
            jobs.failed(feedId, e.toString());
            throw e;
        } finally {
            running.remove(feedId);
        }
    }

    private PopulationFeed read(Path file) {
        FeedParser.Result result = parse(file);
        if (result.feed() == null) {
            throw new UnreadableFeedException(result.problems());
        }
        return result.feed();
    }

    private static FeedParser.Result parse(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new FeedParser().parse(in);
        } catch (IOException e) {
            throw new UnreadableFeedException(List.of(new FeedProblem(0, "filen kan inte läsas: " + e.getMessage())));
        }
    }
}
