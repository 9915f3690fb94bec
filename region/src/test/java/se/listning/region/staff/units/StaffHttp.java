package se.listning.region.staff.units;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import se.listning.region.staff.security.StaffUser;
import se.listning.region.testing.StaffFixtures;

/** A signed-in staff session over real HTTP for integration tests: cookies, and the CSRF token of the last page. */
public final class StaffHttp {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"|name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    private String csrf;

    private StaffHttp(int port) {
        this.base = "http://localhost:" + port;
    }

    public static StaffHttp signIn(int port, StaffUser user) {
        StaffHttp http = new StaffHttp(port);
        http.get("/staff/login");
        HttpResponse<String> login = http.post("/staff/login", "username", user.username(), "password", StaffFixtures.PASSWORD);
        if (login.statusCode() != 302 || login.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("sign-in failed: " + login.statusCode() + " " + login.headers().map());
        }
        http.get("/staff");
        return http;
    }

    public HttpResponse<String> get(String path) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
        Matcher m = CSRF.matcher(response.body());
        if (m.find()) {
            csrf = m.group(1) != null ? m.group(1) : m.group(2);
        }
        return response;
    }

    /** A form post with the session's CSRF token; {@code fields} are name, value pairs (a name may repeat). */
    public HttpResponse<String> post(String path, String... fields) {
        return postRaw(path, true, fields);
    }

    /** A form post without the CSRF token (a forged post). */
    public HttpResponse<String> forged(String path, String... fields) {
        return postRaw(path, false, fields);
    }

    private HttpResponse<String> postRaw(String path, boolean withToken, String... fields) {
        Stream.Builder<String> pairs = Stream.builder();
        for (int i = 0; i < fields.length; i += 2) {
            pairs.add(enc(fields[i]) + "=" + enc(fields[i + 1]));
        }
        if (withToken && csrf != null) {
            pairs.add("_csrf=" + enc(csrf));
        }
        String body = pairs.build().collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
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

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
