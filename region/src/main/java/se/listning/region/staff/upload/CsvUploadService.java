package se.listning.region.staff.upload;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import se.listning.region.config.RegionProperties;
import se.listning.region.staff.security.StaffUser;

/**
 * Starts uploads as background jobs (two at a time per process; the per-unit exclusion is a database
 * lock in {@link CsvUploadJob}). The uploaded file is moved to a private file under
 * {@code <data-dir>/csv-uploads} first; files left there by a process that died (kill -9) hold personnummer and
 * are deleted when the node starts, before it can start an upload of its own.
 */
@Component
class CsvUploadService {

    private static final int MAX_NAME = 200;
    /** Control characters, bidi overrides and isolates, zero-width characters and the BOM. */
    private static final Pattern INVISIBLE =
            Pattern.compile("[\\p{Cntrl}\\u200B-\\u200F\\u202A-\\u202E\\u2066-\\u2069\\uFEFF]");

    private static final Logger log = LoggerFactory.getLogger(CsvUploadService.class);

    private final Path directory;
    private final CsvUploads uploads;
    private final CsvUploadJob job;
    private final UploadProgress progress;
    private final UploadRunners runners;
    private final AtomicInteger threads = new AtomicInteger();
    private final ExecutorService executor = Executors.newFixedThreadPool(2, task -> {
        Thread thread = new Thread(task, "csv-upload-" + threads.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    CsvUploadService(CsvUploads uploads, CsvUploadJob job, UploadProgress progress, UploadRunners runners,
                     RegionProperties properties) throws IOException {
        this.directory = Files.createDirectories(properties.dataDir().resolve("csv-uploads"));
        removeLeftovers(directory);
        this.uploads = uploads;
        this.job = job;
        this.progress = progress;
        this.runners = runners;
    }

    /** An upload whose job is queued or running; {@code job} is done when its outcome is stored. */
    record Started(long id, Future<?> job) {

        /** Waits at most {@code wait} for the outcome; true when it is stored. */
        boolean awaitOutcome(Duration wait) {
            try {
                job.get(wait.toMillis(), TimeUnit.MILLISECONDS);
                return true;
            } catch (TimeoutException stillRunning) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            } catch (ExecutionException e) {
                return true; // the job stores FAILED itself
            }
        }
    }

    /** Registers the upload and queues its job. */
    Started start(StaffUser user, MultipartFile file) throws IOException {
        Path copy = Files.createTempFile(directory, "upload-", ".csv");
        try {
            file.transferTo(copy);
            long id = uploads.create(user, name(file.getOriginalFilename()), file.getSize());
            progress.start(id, file.getSize());
            try {
                return new Started(id, executor.submit(() -> job.run(id, user, copy)));
            } catch (RejectedExecutionException stopping) {
                uploads.close(id, "FAILED", UploadRunners.RESTARTED);
                runners.finished(id);
                progress.finish(id);
                throw stopping;
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(copy);
            throw e;
        }
    }

    /**
     * The name shown back and stored (never used as a path): the last path segment, without control, bidi or
     * zero-width characters (a NUL would also fail the database insert); "fil.csv" when nothing sensible remains.
     */
    static String name(String original) {
        if (original == null) {
            return "fil.csv";
        }
        String base = original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1);
        String clean = INVISIBLE.matcher(base).replaceAll("").strip();
        if (clean.isEmpty() || clean.chars().allMatch(c -> c == '.')) {
            return "fil.csv";
        }
        return clean.length() > MAX_NAME ? clean.substring(0, MAX_NAME) : clean;
    }

    /** The files of this node's uploads that were running when its previous process died. */
    private static void removeLeftovers(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
                log.warn("Deleted {}, left behind by an upload that was cut off", file.getFileName());
            }
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
