package se.listning.region.staff.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.test.context.TestPropertySource;
import se.listning.region.testing.RegionIT;
import se.listning.region.testing.StaffFixtures;

/**
 * OpenID Connect sign-in, configured exactly as docs/staff-tool.md says (explicit endpoints, no issuer
 * discovery, so no network): the sign-in page links to it, the authorization request goes to the
 * identity provider with state and nonce and comes back under /staff, and the signed-in person must be
 * an active staff_user, whose role becomes the authority.
 */
@TestPropertySource(properties = {
        "spring.security.oauth2.client.registration.region.client-id=listning-staff",
        "spring.security.oauth2.client.registration.region.client-secret=test-secret",
        "spring.security.oauth2.client.registration.region.client-name=Regionens inloggning",
        "spring.security.oauth2.client.registration.region.authorization-grant-type=authorization_code",
        "spring.security.oauth2.client.registration.region.redirect-uri={baseUrl}/staff/login/oauth2/code/{registrationId}",
        "spring.security.oauth2.client.registration.region.scope=openid,profile",
        "spring.security.oauth2.client.registration.region.provider=region-idp",
        "spring.security.oauth2.client.provider.region-idp.authorization-uri=https://idp.example.invalid/oidc/authorize",
        "spring.security.oauth2.client.provider.region-idp.token-uri=https://idp.example.invalid/oidc/token",
        "spring.security.oauth2.client.provider.region-idp.jwk-set-uri=https://idp.example.invalid/oidc/jwks",
        "spring.security.oauth2.client.provider.region-idp.user-info-uri=https://idp.example.invalid/oidc/userinfo",
        "spring.security.oauth2.client.provider.region-idp.user-name-attribute=preferred_username"})
class StaffOidcIT extends RegionIT {

    @Autowired
    ClientRegistrationRepository registrations;

    @Autowired
    StaffOidcUserService oidcUsers;

    @Autowired
    StaffUsers users;

    @Autowired
    StaffFixtures staff;

    @Test
    void theSignInPageLinksToTheOrganisationsSignIn() {
        assertThat(registrations.findByRegistrationId("region")).isNotNull();
        String page = new StaffHttp(port).get("/staff/login").body();
        assertThat(page).contains("href=\"/staff/oauth2/authorization/region\"", "Logga in med organisationens inloggning");
    }

    @Test
    void theAuthorizationRequestGoesToTheIdentityProviderWithStateAndNonceAndReturnsUnderStaff() {
        HttpResponse<String> response = new StaffHttp(port).get("/staff/oauth2/authorization/region");

        assertThat(response.statusCode()).isEqualTo(302);
        URI location = URI.create(response.headers().firstValue("Location").orElseThrow());
        assertThat(location.getScheme() + "://" + location.getHost() + location.getPath())
                .isEqualTo("https://idp.example.invalid/oidc/authorize");
        Map<String, String> query = Arrays.stream(location.getRawQuery().split("&")).map(p -> p.split("=", 2))
                .collect(Collectors.toMap(p -> p[0], p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8)));
        assertThat(query).containsEntry("response_type", "code").containsEntry("client_id", "listning-staff")
                .containsEntry("redirect_uri", "http://localhost:" + port + "/staff/login/oauth2/code/region")
                .containsKeys("state", "nonce");
        assertThat(query.get("scope")).contains("openid");
    }

    @Test
    void aReturnWithoutAMatchingAuthorizationRequestIsRefused() {
        HttpResponse<String> response = new StaffHttp(port).get("/staff/login/oauth2/code/region?code=abc&state=forged");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElse("")).endsWith("/staff/login?error");
    }

    @Test
    void anActiveStaffUserGetsTheirRoleAsTheOnlyAuthority() {
        StaffUser chef = staff.chef(fixtures.facility().create());

        OidcUser signedIn = oidcUsers.authorise(idpUser("preferred_username", chef.username()));

        assertThat(signedIn.getName()).isEqualTo(chef.username());
        assertThat(signedIn.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_VC_CHEF");
    }

    @Test
    void unknownOrInactivePeopleAreRefusedAtSignIn() {
        StaffUser admin = staff.sysadmin();
        jdbc.sql("update staff_user set active = false where username = :u").param("u", admin.username()).update();

        assertThatThrownBy(() -> oidcUsers.authorise(idpUser("preferred_username", admin.username())))
                .isInstanceOf(OAuth2AuthenticationException.class);
        assertThatThrownBy(() -> oidcUsers.authorise(idpUser("preferred_username", "nobody-" + System.nanoTime())))
                .isInstanceOf(OAuth2AuthenticationException.class);
        assertThatThrownBy(() -> oidcUsers.authorise(idpUser("email", "someone@example.invalid")))
                .as("no username claim at all").isInstanceOf(OAuth2AuthenticationException.class);
    }

    @Test
    void theUsernameClaimIsConfigurable() {
        StaffUser vardval = staff.vardval();
        StaffOidcUserService byHsaClaim = new StaffOidcUserService(users, "hsa_identity");

        OidcUser signedIn = byHsaClaim.authorise(idpUser("hsa_identity", vardval.username()));

        assertThat(signedIn.getName()).isEqualTo(vardval.username());
        assertThat(signedIn.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_VARDVALSBEHORIG");
    }

    /** A user as the identity provider would hand it over (a signed-in OIDC user with one extra claim). */
    private static OidcUser idpUser(String claim, String value) {
        OidcIdToken token = OidcIdToken.withTokenValue("id-token").subject("idp-subject-1")
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60)).claim(claim, value).build();
        return new DefaultOidcUser(java.util.List.of(), token);
    }

}
