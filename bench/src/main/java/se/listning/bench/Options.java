package se.listning.bench;

import java.nio.file.Path;

/** Command-line options of the load generator; every option has a sensible default. */
final class Options {
    String url = "http://localhost:8080";
    String county = "01";
    String contract = "GetListing";
    int rate = 200;
    /** When above 0: closed loop with this many callers sending back to back (a throughput limit), no rate. */
    int concurrency;
    int durationSeconds = 30;
    int warmupSeconds = 10;
    int runs = 3;
    int samplePersons = 20_000;
    Path dataDir;
    String jdbcUrl;
    /** Calling system (x-rivta-original-serviceconsumer-hsaid); the demo platform allows SE-CONSUMER-001. */
    String consumerId = "SE-CONSUMER-001";
    /** For CrossCountyCreateListing: the residents' home region (its data dir and county). */
    Path homeDataDir;
    String homeCounty;

    static Options parse(String[] args) {
        Options o = new Options();
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--url" -> o.url = value;
                case "--county" -> o.county = value;
                case "--contract" -> o.contract = value;
                case "--rate" -> o.rate = Integer.parseInt(value);
                case "--concurrency" -> o.concurrency = Integer.parseInt(value);
                case "--duration" -> o.durationSeconds = Integer.parseInt(value);
                case "--warmup" -> o.warmupSeconds = Integer.parseInt(value);
                case "--runs" -> o.runs = Integer.parseInt(value);
                case "--sample-persons" -> o.samplePersons = Integer.parseInt(value);
                case "--data-dir" -> o.dataDir = Path.of(value);
                case "--jdbc" -> o.jdbcUrl = value;
                case "--home-data-dir" -> o.homeDataDir = Path.of(value);
                case "--home-county" -> o.homeCounty = value;
                case "--consumer" -> o.consumerId = value;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
            i++;
        }
        if (o.jdbcUrl == null && o.dataDir == null) {
            o.dataDir = Path.of("data", "region-" + o.county);
        }
        return o;
    }
}
