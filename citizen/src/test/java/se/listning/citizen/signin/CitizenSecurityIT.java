package se.listning.citizen.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The e-service's protection over real HTTP: every page but sign-in needs a signed-in resident, forms need the
 * CSRF token, pages carry a strict Content-Security-Policy. (The platform is not reachable here: none of these
 * pages calls it.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "listning.citizen.platform-url=http://localhost:9")
class CitizenSecurityIT {

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String form) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void everyPageButSignInNeedsASignedInResident() throws Exception {
        for (String path : new String[] {"/", "/valj", "/valj/enhet?region=01&enhet=X-1", "/valj/bekrafta?region=01&enhet=X-1",
                "/lakare?region=01&enhet=X-1", "/ko/lamna?region=01&enhet=X-1", "/kvitto/abc"}) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).as(path).hasValueSatisfying(l -> assertThat(l).endsWith("/logga-in"));
        }
        HttpResponse<String> signIn = get("/logga-in");
        assertThat(signIn.statusCode()).isEqualTo(200);
        assertThat(signIn.body()).contains("<html lang=\"sv\"").contains("Testinloggning");
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() throws Exception {
        assertThat(post("/logga-in/test", "personnummer=195709269038").statusCode()).isEqualTo(403);
        assertThat(post("/valj/bekrafta", "region=01&enhet=X-1&villkor=ja").statusCode()).isIn(302, 403);
    }

    @Test
    void errorsArePagesInSwedish() throws Exception {
        HttpResponse<String> missing = get("/finns-inte");
        assertThat(missing.statusCode()).isIn(302, 404);
        HttpResponse<String> forbidden = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/logga-in/test"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString("personnummer=195709269038")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(forbidden.body()).contains("Formuläret kunde inte skickas").doesNotContain("Whitelabel");
    }

    @Test
    void pagesCarryAStrictContentSecurityPolicy() throws Exception {
        HttpResponse<String> response = get("/logga-in");
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("script-src 'self'").contains("style-src 'self'").contains("frame-ancestors 'none'")
                .doesNotContain("unsafe-inline"));
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }
}
