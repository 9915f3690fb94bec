package se.listning.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.PGConnection;

/**
 * The staff CSV upload at region scale (docs/BENCHMARKS.md, "CSV upload"): writes a file of up to
 * {@code --rows} valid rows from the region's own database (every listed person once, moved to an active
 * uncapped doctor of their unit), uploads it through HTTP as the demo Vårdvalsbehörig, waits for the
 * result while sampling the region's heap (/actuator/metrics), then times a raw COPY of the same file
 * into a bare table for comparison. {@code --copy-only <runs>} times only the raw COPY (the limit of
 * bench/run-limits.sh).
 *
 * <pre>
 * java -cp listning-bench.jar -Dloader.main=se.listning.bench.CsvUploadBench org.springframework.boot.loader.launch.PropertiesLauncher \
 *      --url http://localhost:18090 --data-dir /tmp/bench-r01 --rows 1700000 --file /tmp/upload-1.7m.csv [--shift 1]
 *      [--faulty 12] [--given-file true]
 * </pre>
 * {@code --faulty N} gives N rows, spread over the file, a doctor HSA-id that does not exist: the upload is then
 * refused as a whole (nothing applied) and the time is what staff wait for the list of faulty rows.
 * {@code --given-file true} uploads {@code --file} as it is (e.g. a file in which only some links change).
 */
public final class CsvUploadBench {

    private CsvUploadBench() {
    }

    public static void main(String[] args) throws Exception {
        String url = "http://localhost:8080";
        Path dataDir = null;
        String jdbc = null;
        int rows = 1_700_000;
        Path file = Path.of("upload.csv");
        String user = "vardval";
        int shift = 0;
        int copyRuns = 0;
        int faulty = 0;
        boolean given = false;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--url" -> url = args[i + 1];
                case "--data-dir" -> dataDir = Path.of(args[i + 1]);
                case "--jdbc" -> jdbc = args[i + 1];
                case "--rows" -> rows = Integer.parseInt(args[i + 1]);
                case "--file" -> file = Path.of(args[i + 1]);
                case "--user" -> user = args[i + 1];
                case "--shift" -> shift = Integer.parseInt(args[i + 1]);
                case "--copy-only" -> copyRuns = Integer.parseInt(args[i + 1]);
                case "--faulty" -> faulty = Integer.parseInt(args[i + 1]);
                case "--given-file" -> given = Boolean.parseBoolean(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        String jdbcUrl = jdbc != null ? jdbc : embeddedUrl(dataDir);
        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "postgres")) {
            if (copyRuns > 0) {
                copyLimit(db, rows, shift, file, copyRuns);
                return;
            }
            long t0 = System.nanoTime();
            long written = given ? lines(file) : writeFile(db, rows, shift, file);
            if (faulty > 0 && !given) {
                spoil(file, written, faulty);
            }
            System.out.printf("file: %,d rows, %,d bytes in %.1f s%n", written, Files.size(file), seconds(t0));

            HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
            String token = login(http, url, user);
            HeapSampler heap = new HeapSampler(http, url);
            heap.start();
            long start = System.nanoTime();
            long id = upload(http, url, token, file);
            double posted = seconds(start);
            String state = await(db, id);
            resultPage(http, url, id);
            double total = seconds(start);
            heap.interrupt();
            heap.join();
            System.out.printf("upload %d: state %s; POST %.2f s, total to the result page %.2f s, %,.0f rows/s; peak sampled heap %d MB%n",
                    id, state, posted, total, written / total, heap.peak.get() / (1 << 20));
            printResult(db, id);

            long copyStart = System.nanoTime();
            long copied = rawCopy(db, file);
            double copy = seconds(copyStart);
            System.out.printf("raw COPY of the same file into a bare temp table: %,d rows in %.1f s (%,.0f rows/s); "
                    + "upload/COPY = %.1f%n", copied, copy, copied / copy, total / copy);
        }
    }

    /**
     * Every active PV listing at a unit with an active uncapped doctor, once, round-robin over those doctors
     * ({@code shift} rotates the choice, so a second run changes the links again); a date on every tenth row
     * (1.7 M rows stay under the 100 MB limit).
     */
    static long writeFile(Connection db, int rows, int shift, Path file) throws SQLException, IOException {
        String sql = """
                copy (
                    with doctors as (
                        select facility_hsa_id, hsa_id,
                               row_number() over (partition by facility_hsa_id order by hsa_id) - 1 as n,
                               count(*) over (partition by facility_hsa_id) as k
                        from doctor where active and max_patients is null and min_age is null and max_age is null),
                    patients as (
                        select l.person_id, l.facility_hsa_id,
                               row_number() over (partition by l.facility_hsa_id order by l.person_id) as r
                        from listing l
                        where l.active and l.code = 'PV' and l.facility_hsa_id is not null
                          and exists (select 1 from doctors d where d.facility_hsa_id = l.facility_hsa_id)
                        limit %d)
                    select p.person_id, p.facility_hsa_id, d.hsa_id,
                           case when p.r %% 10 = 0 then to_char(current_date - (p.r %% 300)::int, 'YYYY-MM-DD') else '' end
                    from patients p join doctors d on d.facility_hsa_id = p.facility_hsa_id and d.n = (p.r + %d) %% d.k
                ) to stdout with (format csv, delimiter ';', header)""".formatted(rows, shift);
        try (OutputStream out = Files.newOutputStream(file)) {
            return db.unwrap(PGConnection.class).getCopyAPI().copyOut(sql, out);
        }
    }

    /** Gives {@code faulty} data rows, evenly spread, an unknown doctor HSA-id (the file has a header line). */
    static void spoil(Path file, long rows, int faulty) throws IOException {
        long every = Math.max(1, rows / faulty);
        Path spoilt = file.resolveSibling(file.getFileName() + ".tmp");
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             BufferedWriter out = Files.newBufferedWriter(spoilt, StandardCharsets.UTF_8)) {
            out.write(in.readLine());
            out.newLine();
            long n = 0;
            int spoiled = 0;
            for (String line = in.readLine(); line != null; line = in.readLine(), n++) {
                if (n % every == 0 && spoiled < faulty) {
                    String[] cells = line.split(";", -1);
                    cells[2] = "SE2321000016-FEL" + n;
                    line = String.join(";", cells);
                    spoiled++;
                }
                out.write(line);
                out.newLine();
            }
        }
        Files.move(spoilt, file, StandardCopyOption.REPLACE_EXISTING);
    }

    static String login(HttpClient http, String url, String user) throws IOException, InterruptedException {
        String loginPage = http.send(HttpRequest.newBuilder(URI.create(url + "/staff/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String form = "username=" + user + "&password=demo&_csrf=" + URLEncoder.encode(csrf(loginPage), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create(url + "/staff/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (signedIn.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("sign-in as " + user + " refused");
        }
        return csrf(http.send(HttpRequest.newBuilder(URI.create(url + "/staff/upload")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
    }

    private static String csrf(String html) {
        Matcher m = Pattern.compile("name=\"_csrf\"[^>]*?value=\"([^\"]+)\"|name=\"_csrf\" content=\"([^\"]+)\"").matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token in the page");
        }
        return m.group(1) != null ? m.group(1) : m.group(2);
    }

    /** The data rows of a file given with {@code --given-file true} (all lines but the header). */
    private static long lines(Path file) throws IOException {
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.count() - 1;
        }
    }

    /** Streams the file as multipart/form-data; returns the upload id from the redirect. */
    static long upload(HttpClient http, String url, String token, Path file) throws IOException, InterruptedException {
        String boundary = "----listning" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + file.getFileName() + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/staff/upload?_csrf="
                        + URLEncoder.encode(token, StandardCharsets.UTF_8)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() -> {
                    try {
                        InputStream body = new SequenceInputStream(new java.io.ByteArrayInputStream(head),
                                Files.newInputStream(file));
                        return new SequenceInputStream(body, new java.io.ByteArrayInputStream(tail));
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }), head.length + Files.size(file) + tail.length))
                .timeout(Duration.ofMinutes(10))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        String location = response.headers().firstValue("Location").orElse("");
        Matcher m = Pattern.compile("/staff/upload/(\\d+)").matcher(location);
        if (response.statusCode() != 302 || !m.find()) {
            throw new IllegalStateException("upload refused: HTTP " + response.statusCode() + " " + location);
        }
        return Long.parseLong(m.group(1));
    }

    private static String await(Connection db, long id) throws SQLException, InterruptedException {
        try (PreparedStatement q = db.prepareStatement("select state from csv_upload where id = ?")) {
            q.setLong(1, id);
            while (true) {
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    if (!"RUNNING".equals(rs.getString(1))) {
                        return rs.getString(1);
                    }
                }
                Thread.sleep(10);
            }
        }
    }

    /** The result page staff see (the POST waits for a short upload, so this is often the only request left). */
    private static void resultPage(HttpClient http, String url, long id) throws IOException, InterruptedException {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(url + "/staff/upload/" + id)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (page.statusCode() != 200) {
            throw new IllegalStateException("result page: HTTP " + page.statusCode());
        }
    }

    private static void printResult(Connection db, long id) throws SQLException {
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("select total, approved, faulty, updated, message from csv_upload where id = " + id)) {
            rs.next();
            System.out.printf("result: total %,d, approved %,d, faulty %,d, updated %,d %s%n", rs.getInt(1), rs.getInt(2),
                    rs.getInt(3), rs.getInt(4), rs.getString(5) == null ? "" : rs.getString(5));
        }
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("select message, count(*) from csv_upload_error where upload_id = " + id
                     + " group by 1 order by 2 desc")) {
            while (rs.next()) {
                System.out.printf("  %,d × %s%n", rs.getLong(2), rs.getString(1));
            }
        }
    }

    /**
     * The bulk-load limit (issue 6, 2c) on its own: the file (written first when it does not exist) copied
     * {@code runs} times into a bare table; prints one line per run and a LIMIT line with the median rows/s.
     */
    static void copyLimit(Connection db, int rows, int shift, Path file, int runs) throws SQLException, IOException {
        if (!Files.exists(file)) {
            writeFile(db, rows, shift, file);
        }
        double[] rates = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            long copied = rawCopy(db, file);
            double seconds = seconds(start);
            rates[i] = copied / seconds;
            System.out.printf("raw COPY run %d: %,d rows in %.2f s (%,.0f rows/s)%n", i + 1, copied, seconds, rates[i]);
        }
        java.util.Arrays.sort(rates);
        System.out.printf(java.util.Locale.ROOT, "LIMIT copy rows/s median %.0f (%.0f-%.0f) file %s%n",
                rates[runs / 2], rates[0], rates[runs - 1], file);
    }

    /** COPY of the file's four columns into a bare table shaped like the upload's staging table (no indexes). */
    static long rawCopy(Connection db, Path file) throws SQLException, IOException {
        db.setAutoCommit(false);
        try (Statement s = db.createStatement(); InputStream in = Files.newInputStream(file)) {
            s.execute("""
                    create temp table bare_upload (
                        line_no bigint, f_person text, f_unit text, f_doctor text, f_date text,
                        person_id text, unit text, doctor text, link_date date, message text
                    ) on commit drop""");
            long n = db.unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "copy bare_upload (f_person, f_unit, f_doctor, f_date) from stdin with (format csv, delimiter ';', header)", in);
            db.commit();
            return n;
        } finally {
            db.setAutoCommit(true);
        }
    }

    /** The embedded server's port from its postmaster.pid (fourth line). */
    private static String embeddedUrl(Path dataDir) throws IOException {
        if (dataDir == null) {
            throw new IllegalArgumentException("--data-dir or --jdbc is required");
        }
        List<String> pid = Files.readAllLines(dataDir.resolve("pg").resolve("postmaster.pid"));
        return "jdbc:postgresql://localhost:" + pid.get(3).trim() + "/postgres";
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    /** Samples the region's used heap every 200 ms (needs the metrics endpoint exposed). */
    private static final class HeapSampler extends Thread {
        final AtomicLong peak = new AtomicLong();
        private final HttpClient http;
        private final String url;

        HeapSampler(HttpClient http, String url) {
            this.http = http;
            this.url = url;
            setDaemon(true);
        }

        @Override
        public void run() {
            Pattern value = Pattern.compile("\"value\"\\s*:\\s*([0-9.E+]+)");
            while (!isInterrupted()) {
                try {
                    String body = http.send(HttpRequest.newBuilder(URI.create(url + "/actuator/metrics/jvm.memory.used?tag=area:heap"))
                            .build(), HttpResponse.BodyHandlers.ofString()).body();
                    Matcher m = value.matcher(body);
                    if (m.find()) {
                        peak.accumulateAndGet((long) Double.parseDouble(m.group(1)), Math::max);
                    }
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                } catch (IOException | RuntimeException e) {
                    // keep sampling
                }
            }
        }
    }
}
