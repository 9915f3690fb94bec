package se.listning.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.Recorder;
import org.HdrHistogram.Histogram;

/**
 * Open-loop SOAP load against one region: requests are scheduled at a fixed rate and latency is
 * measured from the intended send time, so a stalled server cannot hide its queueing
 * (no coordinated omission). Prints one line per run and the median and spread over runs.
 *
 * <pre>
 * java -jar bench/target/listning-bench.jar --url http://localhost:8080 --county 01 \
 *      --contract GetListing --rate 500 --duration 30 --warmup 10 --runs 3 --data-dir data/region-01
 * </pre>
 */
public final class SoapLoad {

    private static final Pattern RESULT_CODE = Pattern.compile("resultCode>([A-Z_]+)<");

    public static void main(String[] args) throws Exception {
        Options o = Options.parse(args);
        Workload workload = Workload.create(o);
        HttpClient http = HttpClient.newBuilder()
                .executor(Executors.newFixedThreadPool(4))
                .connectTimeout(Duration.ofSeconds(5))
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        System.out.printf(Locale.ROOT, "# %s at %s for %ds (warm-up %ds), %d runs, %d sample persons%n",
                o.contract, o.concurrency > 0 ? o.concurrency + " closed-loop callers" : o.rate + " req/s",
                o.durationSeconds, o.warmupSeconds, o.runs, workload.size());
        run(http, o, workload, o.warmupSeconds, false);
        List<Result> results = new ArrayList<>();
        for (int i = 0; i < o.runs; i++) {
            Result r = run(http, o, workload, o.durationSeconds, true);
            results.add(r);
            System.out.println("run " + (i + 1) + ": " + r);
        }
        System.out.println(Result.summary(o, results));
        System.exit(0);
    }

    private static Result run(HttpClient http, Options o, Workload workload, int seconds, boolean report)
            throws InterruptedException {
        if (seconds <= 0) {
            return null;
        }
        if (o.concurrency > 0) {
            return closedLoop(http, o, workload, seconds, report);
        }
        Recorder recorder = new Recorder(3);
        Map<String, LongAdder> codes = new ConcurrentHashMap<>();
        LongAdder failures = new LongAdder();
        AtomicInteger inFlight = new AtomicInteger();
        long intervalNanos = 1_000_000_000L / o.rate;
        long total = (long) o.rate * seconds;
        long start = System.nanoTime();
        for (long i = 0; i < total; i++) {
            long intended = start + i * intervalNanos;
            long wait = intended - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            inFlight.incrementAndGet();
            http.sendAsync(request(o, workload.next()), HttpResponse.BodyHandlers.ofString()).whenComplete((response, error) -> {
                long latency = System.nanoTime() - intended;
                inFlight.decrementAndGet();
                recorder.recordValue(Math.max(1, latency / 1000));
                if (error != null) {
                    failures.increment();
                    return;
                }
                count(response, codes, failures);
            });
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (inFlight.get() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        Histogram h = recorder.getIntervalHistogram();
        return report ? new Result(h.getTotalCount() / elapsed, h, failures.sum(), inFlight.get(), codes) : null;
    }

    /**
     * Closed loop: {@code --concurrency} callers each send the next request as soon as the last is answered,
     * for the duration; throughput is the server's capacity at that concurrency (used for the echo ratio).
     */
    private static Result closedLoop(HttpClient http, Options o, Workload workload, int seconds, boolean report)
            throws InterruptedException {
        Recorder recorder = new Recorder(3);
        Map<String, LongAdder> codes = new ConcurrentHashMap<>();
        LongAdder failures = new LongAdder();
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        List<Thread> callers = new ArrayList<>();
        for (int c = 0; c < o.concurrency; c++) {
            Thread caller = new Thread(() -> {
                while (System.nanoTime() < end) {
                    long sent = System.nanoTime();
                    try {
                        HttpResponse<String> response = http.send(request(o, workload.next()), HttpResponse.BodyHandlers.ofString());
                        recorder.recordValue(Math.max(1, (System.nanoTime() - sent) / 1000));
                        count(response, codes, failures);
                    } catch (java.io.IOException e) {
                        failures.increment();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            caller.setDaemon(true);
            caller.start();
            callers.add(caller);
        }
        for (Thread caller : callers) {
            caller.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        Histogram h = recorder.getIntervalHistogram();
        return report ? new Result(h.getTotalCount() / elapsed, h, failures.sum(), 0, codes) : null;
    }

    private static HttpRequest request(Options o, Workload.Call call) {
        return HttpRequest.newBuilder(URI.create(o.url + call.path()))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "text/xml; charset=UTF-8")
                .header("SOAPAction", "\"" + call.soapAction() + "\"")
                .header("x-rivta-original-serviceconsumer-hsaid", o.consumerId)
                .POST(HttpRequest.BodyPublishers.ofString(call.body(), StandardCharsets.UTF_8))
                .build();
    }

    private static void count(HttpResponse<String> response, Map<String, LongAdder> codes, LongAdder failures) {
        if (response.statusCode() != 200) {
            failures.increment();
            return;
        }
        Matcher m = RESULT_CODE.matcher(response.body());
        codes.computeIfAbsent(m.find() ? m.group(1) : "NO_RESULT_CODE", k -> new LongAdder()).increment();
    }

    record Result(double throughput, Histogram latencyMicros, long failures, int unfinished,
                  Map<String, LongAdder> codes) {

        double p(double percentile) {
            return latencyMicros.getValueAtPercentile(percentile) / 1000.0;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT,
                    "%.0f req/s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms, failures %d, unfinished %d, codes %s",
                    throughput, p(50), p(95), p(99), latencyMicros.getMaxValue() / 1000.0, failures, unfinished, codes);
        }

        static String summary(Options o, List<Result> rs) {
            return String.format(Locale.ROOT,
                    "SUMMARY %s target %s: throughput median %.0f (%.0f–%.0f), p50 median %.1f ms, "
                            + "p95 median %.1f ms (%.1f–%.1f), p99 median %.1f ms (%.1f–%.1f), failures %d",
                    o.contract, o.concurrency > 0 ? o.concurrency + " callers" : o.rate + " req/s",
                    median(rs, r -> r.throughput), min(rs, r -> r.throughput), max(rs, r -> r.throughput),
                    median(rs, r -> r.p(50)),
                    median(rs, r -> r.p(95)), min(rs, r -> r.p(95)), max(rs, r -> r.p(95)),
                    median(rs, r -> r.p(99)), min(rs, r -> r.p(99)), max(rs, r -> r.p(99)),
                    rs.stream().mapToLong(Result::failures).sum());
        }

        private static double median(List<Result> rs, java.util.function.ToDoubleFunction<Result> f) {
            double[] v = rs.stream().mapToDouble(f).sorted().toArray();
            return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
        }

        private static double min(List<Result> rs, java.util.function.ToDoubleFunction<Result> f) {
            return rs.stream().mapToDouble(f).min().orElse(0);
        }

        private static double max(List<Result> rs, java.util.function.ToDoubleFunction<Result> f) {
            return rs.stream().mapToDouble(f).max().orElse(0);
        }
    }
}
