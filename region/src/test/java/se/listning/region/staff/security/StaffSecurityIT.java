package se.listning.region.staff.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.listning.region.testing.RegionIT;
import se.listning.region.testing.StaffFixtures;

/** The staff chain's protections: CSRF, accounts deactivated mid-session, headers, and what it must not catch. */
class StaffSecurityIT extends RegionIT {

    @Autowired
    StaffFixtures staff;

    @Test
    void aFormPostWithoutCsrfTokenIsRefusedAndChangesNothing() {
        StaffUser admin = staff.sysadmin();
        StaffHttp session = StaffHttp.signedIn(port, admin.username());

        HttpResponse<String> forgedLogout = session.postWithoutToken("/staff/logout", Map.of());
        assertThat(forgedLogout.statusCode()).isEqualTo(403);
        assertThat(session.get("/staff").statusCode()).as("still signed in").isEqualTo(200);

        HttpResponse<String> wrongToken = session.postWithoutToken("/staff/logout", Map.of("_csrf", "forged"));
        assertThat(wrongToken.statusCode()).isEqualTo(403);
        assertThat(session.get("/staff").statusCode()).isEqualTo(200);

        HttpResponse<String> realLogout = session.post("/staff/logout", Map.of());
        assertThat(realLogout.statusCode()).isEqualTo(302);
        assertThat(session.get("/staff").statusCode()).as("signed out").isEqualTo(302);
    }

    @Test
    void aSignInWithoutCsrfTokenIsRefused() {
        StaffUser user = staff.vardval();
        StaffHttp http = new StaffHttp(port);
        http.get("/staff/login");
        HttpResponse<String> response = http.postWithoutToken("/staff/login",
                Map.of("username", user.username(), "password", StaffFixtures.PASSWORD));
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(http.get("/staff").statusCode()).as("not signed in").isEqualTo(302);
    }

    @Test
    void anAccountDeactivatedDuringTheSessionIsRefusedOnTheNextRequest() {
        StaffUser admin = staff.sysadmin();
        StaffHttp session = StaffHttp.signedIn(port, admin.username());
        assertThat(session.get("/staff/users").statusCode()).isEqualTo(200);

        jdbc.sql("update staff_user set active = false where username = :u").param("u", admin.username()).update();

        HttpResponse<String> next = session.get("/staff/users");
        assertThat(next.statusCode()).isEqualTo(403);
        assertThat(next.body()).contains("Du saknar behörighet").doesNotContain(admin.username());
        assertThat(session.get("/staff/audit").statusCode()).isEqualTo(403);
    }

    @Test
    void aRoleChangedDuringTheSessionAppliesAtOnce() {
        StaffUser admin = staff.sysadmin();
        StaffHttp session = StaffHttp.signedIn(port, admin.username());
        assertThat(session.get("/staff/audit").statusCode()).isEqualTo(200);

        jdbc.sql("update staff_user set role = 'VARDVALSBEHORIG' where username = :u").param("u", admin.username()).update();

        assertThat(session.get("/staff/audit").statusCode()).isEqualTo(403);
    }

    @Test
    void staffPagesCarryTheSecurityHeaders() {
        StaffHttp session = StaffHttp.signedIn(port, staff.sysadmin().username());
        for (String path : new String[] {"/staff/login", "/staff", "/staff/audit"}) {
            HttpResponse<String> response = session.get(path);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Security-Policy").orElse(""))
                    .as(path).contains("default-src 'self'", "script-src 'self'", "style-src 'self'",
                            "frame-ancestors 'none'")
                    .doesNotContain("unsafe-inline", "unsafe-eval");
            assertThat(response.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(response.headers().firstValue("Cache-Control").orElse("")).as(path).contains("no-store");
        }
    }

    @Test
    void theStaffChainDoesNotCatchTheSoapEndpointsOrHealth() {
        StaffHttp anonymous = new StaffHttp(port);
        HttpResponse<String> wsdl = anonymous.get("/services/supportprocess/logistics/carelisting/GetListing/2/rivtabp21?wsdl");
        assertThat(wsdl.statusCode()).isEqualTo(200);
        assertThat(wsdl.body()).contains("definitions");
        HttpResponse<String> health = anonymous.get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("UP");
        assertThat(wsdl.headers().firstValue("Set-Cookie")).as("no staff session for SOAP callers").isEmpty();
    }
}
