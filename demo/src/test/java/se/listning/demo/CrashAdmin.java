package se.listning.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A region's operator endpoints as the crash tests read them (plain JSON, picked apart with patterns: the demo module
 * has no JSON library): /admin/invariants, /admin/population-feeds, /admin/sync and /actuator/outbox.
 */
final class CrashAdmin {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private CrashAdmin() {
    }

    static String get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET().build()).body();
    }

    static HttpResponse<String> post(String url, HttpRequest.BodyPublisher body, String contentType) {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(120))
                .header("Content-Type", contentType).POST(body).build());
    }

    static HttpResponse<String> postFile(String url, Path file) {
        try {
            return post(url, HttpRequest.BodyPublishers.ofFile(file), "text/plain; charset=UTF-8");
        } catch (java.io.FileNotFoundException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The number after {@code "key":} (the first one), or -1. */
    static long number(String json, String key) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(key) + "\":(-?\\d+)").matcher(json);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    /** The string after {@code "key":} (the first one), or null. */
    static String text(String json, String key) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(key) + "\":\"([^\"]*)\"").matcher(json);
        return m.find() ? m.group(1) : null;
    }

    /** The number of {@code "state"} in the outbox counts, e.g. PENDING. */
    static long outboxCount(String regionUrl, String state) {
        String json = get(regionUrl + "/actuator/outbox");
        Matcher counts = Pattern.compile("\"counts\":\\{([^}]*)}").matcher(json);
        return counts.find() ? number("{" + counts.group(1) + "}", state) : -1;
    }

    private static HttpResponse<String> send(HttpRequest request) {
        return send(HTTP, request);
    }

    /** Sends with {@code client}, the answer as UTF-8 text; I/O trouble is unchecked. */
    static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
