package se.listning.citizen.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * OpenID Connect sign-in configured as docs/citizen.md says (explicit endpoints, no discovery, so no network to
 * an identity provider): the sign-in page links to it, the authorization request carries state and nonce and
 * returns to the e-service, and the personnummer claim must name someone the population register knows. The
 * population register is a FAKE here: a small HTTP server answering as a region's registers stand-in does.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "listning.citizen.platform-url=http://localhost:9",
        "listning.citizen.test-sign-in=false",
        "spring.security.oauth2.client.registration.bankid.client-id=listning-citizen",
        "spring.security.oauth2.client.registration.bankid.client-secret=test-secret",
        "spring.security.oauth2.client.registration.bankid.client-name=BankID",
        "spring.security.oauth2.client.registration.bankid.authorization-grant-type=authorization_code",
        "spring.security.oauth2.client.registration.bankid.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
        "spring.security.oauth2.client.registration.bankid.scope=openid",
        "spring.security.oauth2.client.registration.bankid.provider=idp",
        "spring.security.oauth2.client.provider.idp.authorization-uri=https://idp.example.invalid/authorize",
        "spring.security.oauth2.client.provider.idp.token-uri=https://idp.example.invalid/token",
        "spring.security.oauth2.client.provider.idp.jwk-set-uri=https://idp.example.invalid/jwks",
        "spring.security.oauth2.client.provider.idp.user-name-attribute=sub"})
class CitizenOidcIT {

    static final String REGISTERED = "195709269038";
    static final HttpServer POPULATION = population();

    @LocalServerPort
    int port;

    @Autowired
    ClientRegistrationRepository registrations;

    @Autowired
    CitizenOidcUserService users;

    @DynamicPropertySource
    static void registers(DynamicPropertyRegistry registry) {
        registry.add("listning.citizen.registers.01", () -> "http://localhost:" + POPULATION.getAddress().getPort());
    }

    @AfterAll
    static void stop() {
        POPULATION.stop(0);
    }

    @Test
    void theSignInPageOffersTheProviderAndNoTestSignIn() throws Exception {
        String page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/logga-in")).build(), HttpResponse.BodyHandlers.ofString()).body();
        assertThat(page).contains("Logga in med BankID").contains("/oauth2/authorization/bankid").doesNotContain("Testinloggning");
    }

    @Test
    void theAuthorizationRequestGoesToTheProviderWithStateAndNonce() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/oauth2/authorization/bankid")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        String location = response.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith("https://idp.example.invalid/authorize?").contains("state=").contains("nonce=")
                .contains("redirect_uri=http://localhost:" + port + "/login/oauth2/code/bankid");
    }

    @Test
    void aRegisteredPersonSignsInAsThemself() {
        OidcUser user = users.loadUser(request(Map.of("sub", "abc", "personal_number", REGISTERED)));
        assertThat(user).isInstanceOf(SignedInCitizen.class);
        assertThat(((SignedInCitizen) user).resident().personId().value()).isEqualTo(REGISTERED);
        assertThat(((SignedInCitizen) user).resident().givenName()).isEqualTo("Tolvan");
        assertThat(user.getAuthorities()).extracting(Object::toString).containsExactly(TestSignIn.AUTHORITY);
    }

    @Test
    void someoneUnknownToThePopulationRegisterOrWithoutAPersonnummerCannotSignIn() {
        assertThatThrownBy(() -> users.loadUser(request(Map.of("sub", "x", "personal_number", "198505209026"))))
                .isInstanceOf(OAuth2AuthenticationException.class).hasMessageContaining("folkbokföringen");
        assertThatThrownBy(() -> users.loadUser(request(Map.of("sub", "x"))))
                .isInstanceOf(OAuth2AuthenticationException.class).hasMessageContaining("personnummer");
    }

    private OidcUserRequest request(Map<String, Object> claims) {
        Instant now = Instant.now();
        Map<String, Object> all = new HashMap<>(claims);
        all.put("iss", "https://idp.example.invalid");
        all.put("aud", List.of("listning-citizen"));
        OidcIdToken token = new OidcIdToken("id-token", now, now.plusSeconds(60), all);
        return new OidcUserRequest(registrations.findByRegistrationId("bankid"),
                new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "access", now, now.plusSeconds(60)), token);
    }

    /** The fake population register: one registered person, everyone else unknown. */
    private static HttpServer population() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            server.createContext("/registers/population/persons/", exchange -> {
                boolean known = exchange.getRequestURI().getPath().endsWith("/" + REGISTERED);
                byte[] body = (known ? """
                        {"personId":"195709269038","givenName":"Tolvan","familyName":"Tolvansson","homeCounty":"01",
                         "municipalityCode":"0180","protectedIdentity":false,"deceased":false,"birthDate":"1957-09-26",
                         "guardians":[],"children":[]}""" : "{\"error\":\"okänd\"}").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(known ? 200 : 404, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
