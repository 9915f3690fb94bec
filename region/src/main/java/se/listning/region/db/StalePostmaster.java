package se.listning.region.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deals with a postmaster.pid left behind when the JVM that owned the embedded server died (kill -9):
 * the postgres process may live on as an orphan, still serving the data directory. We never connect
 * to such a server (it may run with other settings or an old binary); we stop it the way pg_ctl
 * does (SIGINT = fast shutdown, then SIGQUIT) and start our own. A pid file whose process is gone
 * (or is not a postgres serving this directory) is simply removed.
 */
final class StalePostmaster {

    private static final Logger log = LoggerFactory.getLogger(StalePostmaster.class);

    private final Path dataDirectory;
    private final Duration stopTimeout;

    StalePostmaster(Path dataDirectory, Duration stopTimeout) {
        this.dataDirectory = dataDirectory.toAbsolutePath().normalize();
        this.stopTimeout = stopTimeout;
    }

    /** What was found and done; for logs and tests. */
    enum Result { NONE, REMOVED_STALE_PID_FILE, STOPPED_ORPHAN }

    Result clear() {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Result.NONE;
        }
        Optional<ProcessHandle> orphan = readPid(pidFile).flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(this::isPostgresOfThisDirectory);
        if (orphan.isEmpty()) {
            log.warn("Removing stale {} (its process is gone)", pidFile);
            delete(pidFile);
            return Result.REMOVED_STALE_PID_FILE;
        }
        ProcessHandle process = orphan.get();
        log.warn("An orphaned postgres (pid {}) still serves {}; stopping it before starting our own", process.pid(), dataDirectory);
        signal(process, "INT");
        if (!awaitExit(process, stopTimeout)) {
            log.warn("postgres pid {} ignored fast shutdown; sending immediate shutdown", process.pid());
            signal(process, "QUIT");
            if (!awaitExit(process, stopTimeout)) {
                throw new IllegalStateException("Could not stop orphaned postgres pid " + process.pid()
                        + " serving " + dataDirectory + "; stop it by hand");
            }
        }
        // postgres removes its pid file on a clean stop; an immediate stop may leave it behind.
        delete(pidFile);
        return Result.STOPPED_ORPHAN;
    }

    private static Optional<Long> readPid(Path pidFile) {
        try {
            List<String> lines = Files.readAllLines(pidFile);
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The pid may have been reused by an unrelated process: only a postgres of this directory counts. */
    private boolean isPostgresOfThisDirectory(ProcessHandle process) {
        ProcessHandle.Info info = process.info();
        boolean postgres = info.command().map(c -> Path.of(c).getFileName().toString().startsWith("postgres")).orElse(false);
        if (!postgres) {
            return false;
        }
        // If the arguments are readable they must name our directory; if not (other user, some
        // platforms) the pid file in our directory plus the binary name is the best evidence we have.
        return info.arguments()
                .map(args -> String.join(" ", args).contains(dataDirectory.toString()))
                .orElse(true);
    }

    private static void signal(ProcessHandle process, String signal) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid()))
                    .redirectErrorStream(true).start();
            kill.waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean awaitExit(ProcessHandle process, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (process.isAlive() && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return !process.isAlive();
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
