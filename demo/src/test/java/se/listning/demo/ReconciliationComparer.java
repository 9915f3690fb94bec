package se.listning.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The federation-wide reconciliation check: for every home region H, H's "listed elsewhere" records
 * ({@code GET /admin/reconciliation/H} on H) against every other region C's visitors from H
 * ({@code GET /admin/reconciliation/H} on C), in both directions. Records that name a county outside the
 * federation cannot be checked and are counted apart.
 */
final class ReconciliationComparer {

    private static final Pattern ENTRY = Pattern.compile(
            "\\{\"personId\":\"(\\d{12})\",\"county\":\"(\\d\\d)\",\"type\":\"([^\"]+)\"}");

    /** A cross-county listing as one side states it. */
    record Entry(String personId, String county, String type) {
    }

    /** Home region and listing region disagree about one person and type; {@link #toString()} masks the person. */
    record Mismatch(String personId, String type, String homeCounty, String homeSays, String otherCounty,
                    String otherSays) {
        @Override
        public String toString() {
            return "person " + personId.substring(0, 8) + "-**** " + type + ": home region " + homeCounty + " says "
                    + homeSays + "; region " + otherCounty + " says " + otherSays;
        }
    }

    /** Result of one run: records compared, the mismatches, records naming a county outside the federation. */
    record Report(int compared, List<Mismatch> mismatches, int outsideFederation) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Federation federation;

    ReconciliationComparer(Federation federation) {
        this.federation = federation;
    }

    Report compare() {
        List<String> regions = federation.config().regions();
        List<Mismatch> mismatches = new ArrayList<>();
        int compared = 0;
        int outside = 0;
        for (String home : regions) {
            Map<String, Entry> elsewhere = new HashMap<>();
            for (Entry e : side(home, home, "listedElsewhere")) {
                elsewhere.put(e.personId() + "/" + e.type(), e);
            }
            Map<String, Set<String>> visitorsByRegion = new HashMap<>();
            for (String other : regions) {
                if (!other.equals(home)) {
                    Set<String> keys = new LinkedHashSet<>();
                    side(other, home, "visitors").forEach(v -> keys.add(v.personId() + "/" + v.type()));
                    visitorsByRegion.put(other, keys);
                }
            }
            for (Entry e : elsewhere.values()) {
                compared++;
                Set<String> visitors = visitorsByRegion.get(e.county());
                if (visitors == null) {
                    outside++;
                } else if (!visitors.contains(e.personId() + "/" + e.type())) {
                    mismatches.add(new Mismatch(e.personId(), e.type(), home, "listed in " + e.county(), e.county(),
                            "no active listing here"));
                }
            }
            for (Map.Entry<String, Set<String>> region : visitorsByRegion.entrySet()) {
                for (String key : region.getValue()) {
                    compared++;
                    Entry recorded = elsewhere.get(key);
                    if (recorded == null || !recorded.county().equals(region.getKey())) {
                        String[] parts = key.split("/", 2);
                        mismatches.add(new Mismatch(parts[0], parts[1], home,
                                recorded == null ? "no record of a listing in another region" : "listed in " + recorded.county(),
                                region.getKey(), "listed here"));
                    }
                }
            }
        }
        return new Report(compared, mismatches, outside);
    }

    /** One array ("listedElsewhere" or "visitors") of region {@code county}'s export for {@code home}. */
    private List<Entry> side(String county, String home, String array) {
        String url = federation.config().regionUrl(county) + "/admin/reconciliation/" + home;
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
            }
            String body = response.body();
            int visitors = body.indexOf("\"visitors\":");
            String part = array.equals("visitors") ? body.substring(visitors) : body.substring(0, visitors);
            List<Entry> entries = new ArrayList<>();
            Matcher m = ENTRY.matcher(part);
            while (m.find()) {
                entries.add(new Entry(m.group(1), m.group(2), m.group(3)));
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
