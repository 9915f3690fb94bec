package se.listning.platform.routing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import se.listning.platform.config.PlatformProperties;

/**
 * Holds the current routing table. Loads it at start-up (a bad file stops the start), reloads it when the file
 * changes or on request, and keeps the previous table whenever a new version of the file is invalid.
 */
@Component
public class RoutingTableHolder implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(RoutingTableHolder.class);

    private record FileStamp(long modifiedMillis, long size) {
    }

    private final Path file;
    private final RoutingFileParser parser;
    private final AtomicReference<RoutingTable> current = new AtomicReference<>();
    private final ScheduledExecutorService watcher;
    private volatile FileStamp lastSeen;

    public RoutingTableHolder(PlatformProperties properties, RoutingFileParser parser) {
        this.parser = parser;
        this.file = properties.routingFile() != null
                ? properties.routingFile()
                : DemoRoutingFile.ensureExists(properties.dataDir());
        this.lastSeen = stamp();
        RoutingTable table = parser.parse(file);
        current.set(table);
        log.info("Routing table loaded: {}", table.summary());
        if (table.routeCount() == 0) {
            log.warn("The routing file {} has no routes; every call will be answered with VP004", file);
        }
        this.watcher = startWatcher(properties);
    }

    public RoutingTable current() {
        return current.get();
    }

    public Path file() {
        return file;
    }

    /**
     * Loads the file again. On success the new table replaces the old one; on failure the old one stays.
     *
     * @throws RoutingFileException with every problem and its line number
     */
    public synchronized RoutingTable reload() {
        lastSeen = stamp();
        RoutingTable table = parser.parse(file);
        current.set(table);
        log.info("Routing table reloaded: {}", table.summary());
        return table;
    }

    private ScheduledExecutorService startWatcher(PlatformProperties properties) {
        long intervalMillis = properties.reloadCheckInterval().toMillis();
        if (intervalMillis <= 0) {
            return null;
        }
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "routing-file-watcher");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::reloadIfChanged, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
        return executor;
    }

    /** One check of the file watcher; package-private so tests can run it without waiting. */
    void reloadIfChanged() {
        FileStamp now = stamp();
        if (Objects.equals(now, lastSeen)) {
            return;
        }
        try {
            reload();
        } catch (RoutingFileException e) {
            // logged once per file version; the old table keeps serving
            log.error("{}\nKeeping the previous routing table ({})", e.getMessage(), current().summary());
        } catch (RuntimeException e) {
            log.error("Reloading routing file {} failed; keeping the previous routing table", file, e);
        }
    }

    private FileStamp stamp() {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return new FileStamp(attributes.lastModifiedTime().toMillis(), attributes.size());
        } catch (IOException e) {
            return new FileStamp(-1, -1);
        }
    }

    @Override
    public void destroy() {
        if (watcher != null) {
            watcher.shutdownNow();
        }
    }
}
