package se.listning.region.staff.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import se.listning.region.testing.StaffFixtures;

/**
 * A real HTTP session against the running app (cookies kept, redirects not followed): signs in through
 * the login form with the CSRF token scraped from the page, then GETs and POSTs like a browser would.
 */
public final class StaffHttp {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|content=\"([^\"]+)\"[^>]*name=\"_csrf\"");
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final String base;
    private final HttpClient client;

    public StaffHttp(int port) {
        this.base = "http://localhost:" + port;
        this.client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** A new session signed in as {@code username}; fails unless the login redirects to the start page. */
    public static StaffHttp signedIn(int port, String username) {
        StaffHttp http = new StaffHttp(port);
        HttpResponse<String> response = http.post("/staff/login", Map.of("username", username, "password", StaffFixtures.PASSWORD));
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("Sign-in failed for " + username + ": " + response.statusCode() + " " + location);
        }
        return http;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
    }

    /** GETs a binary answer (e.g. a PDF). */
    public HttpResponse<byte[]> getBytes(String path) {
        try {
            return client.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** POSTs a form with the CSRF token of the session (taken from the start or login page). */
    public HttpResponse<String> post(String path, Map<String, String> form) {
        Map<String, String> withToken = new LinkedHashMap<>(form);
        withToken.put("_csrf", csrfToken());
        return postWithoutToken(path, withToken);
    }

    /** POSTs a form exactly as given: a forged request carries no valid token. */
    public HttpResponse<String> postWithoutToken(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** POSTs one file as multipart/form-data (field {@code field}) with the session's CSRF token. */
    public HttpResponse<String> postFile(String path, String field, String fileName, byte[] content) {
        String boundary = "----listning" + System.nanoTime();
        String token = csrfToken();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/csv\r\n\r\n";
        byte[] start = head.getBytes(StandardCharsets.UTF_8);
        byte[] end = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[start.length + content.length + end.length];
        System.arraycopy(start, 0, body, 0, start.length);
        System.arraycopy(content, 0, body, start.length, content.length);
        System.arraycopy(end, 0, body, start.length + content.length, end.length);
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("X-CSRF-TOKEN", token)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    /** The session's CSRF token, read from a page that carries it. */
    public String csrfToken() {
        String page = get("/staff/login").body();
        Matcher meta = CSRF_META.matcher(page);
        if (meta.find()) {
            return meta.group(1);
        }
        Matcher field = CSRF.matcher(page);
        if (field.find()) {
            return field.group(1) != null ? field.group(1) : field.group(2);
        }
        throw new IllegalStateException("No CSRF token on the login page");
    }

    /** Sends a request of the session built by the caller (e.g. a multipart upload); {@code path} is relative. */
    public HttpResponse<String> send(String path, java.util.function.UnaryOperator<HttpRequest.Builder> request) {
        return send(request.apply(HttpRequest.newBuilder(URI.create(base + path))).build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
