package se.listning.demo;

import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A staff tool session over plain HTTP (cookies kept, redirects not followed) as the crash tests need it: sign in
 * through the login form, upload a CSV file as a browser does (multipart, CSRF token in the query string), read the
 * upload's progress fragment and result page.
 */
final class CrashStaffSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final String base;
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private CrashStaffSession(String base) {
        this.base = base;
    }

    /** Signs in with the demo password; fails unless the login redirects away from the form. */
    static CrashStaffSession signIn(String regionUrl, String username) {
        CrashStaffSession session = new CrashStaffSession(regionUrl);
        String form = "username=" + username + "&password=demo&_csrf=" + enc(session.csrf("/staff/login"));
        HttpResponse<String> answer = session.send(HttpRequest.newBuilder(URI.create(regionUrl + "/staff/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        String location = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("sign-in as " + username + " failed: " + answer.statusCode() + " " + location);
        }
        return session;
    }

    /** Posts {@code file} to /staff/upload (streamed from disk) and returns the new upload's id. */
    long upload(Path file) {
        String boundary = "----crash" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"lakare.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        try {
            HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head),
                    HttpRequest.BodyPublishers.ofFile(file), HttpRequest.BodyPublishers.ofByteArray(tail));
            HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(
                            base + "/staff/upload?_csrf=" + enc(csrf("/staff/upload"))))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(body).build());
            Matcher id = Pattern.compile("/staff/upload/(\\d+)$").matcher(answer.headers().firstValue("Location").orElse(""));
            if (answer.statusCode() != 302 || !id.find()) {
                throw new IllegalStateException("upload not started: " + answer.statusCode() + " " + answer.headers().map());
            }
            return Long.parseLong(id.group(1));
        } catch (java.io.FileNotFoundException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The progress fragment htmx polls; {@code finished} when the server asks for a page refresh. */
    record Progress(boolean finished, String html) {
        boolean applying() {
            return html.contains("Uppdaterar kopplingar");
        }
    }

    Progress progress(long upload) {
        HttpResponse<String> answer = get("/staff/upload/" + upload + "/progress");
        return new Progress(answer.headers().firstValue("HX-Refresh").isPresent(), answer.body());
    }

    /** The upload's result page. */
    String result(long upload) {
        return get("/staff/upload/" + upload).body();
    }

    private String csrf(String page) {
        Matcher m = CSRF.matcher(get(page).body());
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on " + page);
        }
        return m.group(1) != null ? m.group(1) : m.group(2);
    }

    private HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        return CrashAdmin.send(client, request);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
