package se.listning.region.staff.upload;

import jakarta.annotation.PreDestroy;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which node runs which upload, so that only uploads whose runner is really gone are failed: every upload row
 * carries its node's name and a heartbeat (database clock) that this node renews for its own running uploads;
 * a sweep fails RUNNING uploads whose heartbeat is older than {@code listning.upload.abandon-after} (any node's)
 * and, at start-up, the ones this node name ran before a restart. Beats and sweeps run on their own thread,
 * not the shared scheduler, so a long scheduled job cannot starve the heartbeat.
 */
@Component
class UploadRunners {

    static final String RESTARTED = "Uppladdningen avbröts när tjänsten startades om. Ladda upp filen igen.";
    static final String RUNNER_GONE = "Uppladdningen avbröts eftersom servern som körde den slutade svara. "
            + "Ladda upp filen igen.";

    private static final Logger log = LoggerFactory.getLogger(UploadRunners.class);

    private final JdbcClient jdbc;
    private final String node;
    private final Duration interval;
    private final Duration abandonAfter;
    private final Set<Long> mine = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "csv-upload-heartbeat");
        thread.setDaemon(true);
        return thread;
    });

    UploadRunners(JdbcClient jdbc, @Value("${listning.scheduling.node-name:}") String nodeName,
                  @Value("${listning.upload.heartbeat-interval:PT15S}") Duration interval,
                  @Value("${listning.upload.abandon-after:PT2M}") Duration abandonAfter) {
        if (abandonAfter.compareTo(interval.multipliedBy(2)) <= 0) {
            throw new IllegalArgumentException("listning.upload.abandon-after must be more than twice the heartbeat interval");
        }
        this.jdbc = jdbc;
        this.node = nodeName.isBlank() ? defaultName() : nodeName;
        this.interval = interval;
        this.abandonAfter = abandonAfter;
    }

    /** The name written to csv_upload.node_name: the configured node name, else host/pid (unique per process). */
    String node() {
        return node;
    }

    /** From now on this process runs {@code upload}: its heartbeat is renewed until {@link #finished}. */
    void running(long upload) {
        mine.add(upload);
    }

    void finished(long upload) {
        mine.remove(upload);
    }

    /** Start-up: fails this node's uploads left RUNNING by a previous process and anybody's stale ones; then beats. */
    @EventListener(ApplicationReadyEvent.class)
    void atStartUp() {
        sweep(true);
        long millis = interval.toMillis();
        timer.scheduleWithFixedDelay(this::beatAndSweep, millis, millis, TimeUnit.MILLISECONDS);
    }

    private void beatAndSweep() {
        try {
            beat();
            sweep(false);
        } catch (RuntimeException e) {
            log.warn("CSV upload heartbeat failed: {}", e.toString());
        }
    }

    /** Renews the heartbeat of this process's running uploads. */
    void beat() {
        if (mine.isEmpty()) {
            return;
        }
        jdbc.sql("update csv_upload set heartbeat_at = localtimestamp where id = any(:ids) and state = 'RUNNING'")
                .param("ids", mine.toArray(Long[]::new))
                .update();
    }

    /**
     * Fails the RUNNING uploads whose runner is gone: a heartbeat older than abandon-after, or (at start-up,
     * {@code ownNode}) this node name's but not this process's. Returns how many.
     */
    int sweep(boolean ownNode) {
        int abandoned = jdbc.sql("""
                        update csv_upload
                        set state = 'FAILED', finished_at = localtimestamp,
                            message = case when :own and node_name = :node then :restarted else :gone end
                        where state = 'RUNNING' and not id = any(:mine)
                          and (coalesce(heartbeat_at, uploaded_at) < localtimestamp - make_interval(secs => :after)
                               or (:own and node_name = :node))""")
                .param("own", ownNode).param("node", node).param("mine", mine.toArray(Long[]::new))
                .param("after", abandonAfter.toMillis() / 1000.0)
                .param("restarted", RESTARTED).param("gone", RUNNER_GONE)
                .update();
        if (abandoned > 0) {
            log.warn("Failed {} CSV upload(s) whose runner is gone ({})", abandoned, ownNode ? "start-up of " + node : "stale heartbeat");
        }
        return abandoned;
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
    }

    private static String defaultName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "localhost";
        }
        return host + "/" + ProcessHandle.current().pid();
    }
}
