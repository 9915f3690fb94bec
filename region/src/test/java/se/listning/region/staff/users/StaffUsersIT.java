package se.listning.region.staff.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.listning.domain.identity.HsaId;
import se.listning.region.staff.security.StaffHttp;
import se.listning.region.staff.security.StaffUser;
import se.listning.region.testing.RegionIT;
import se.listning.region.testing.StaffFixtures;

/** Account administration over HTTP: who may, what is checked, what is audited, and that it takes effect. */
class StaffUsersIT extends RegionIT {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    StaffFixtures staff;

    private static String newUsername() {
        return "anna.admin" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100000;
    }

    private static Map<String, String> form(String username, String role, String units) {
        Map<String, String> form = new HashMap<>(Map.of("username", username, "displayName", "Anna Andersson",
                "hsaId", "SE2321000016-P0001", "role", role, "units", units, "active", "true",
                "password", StaffFixtures.PASSWORD));
        return form;
    }

    private int rows(String username) {
        return jdbc.sql("select count(*) from staff_user where username = :u").param("u", username).query(Integer.class).single();
    }

    @Test
    void aSysadminCreatesAChefWhoCanSignInAndSeesOnlyTheirUnit() {
        HsaId unit = fixtures.facility().name("Vårdcentralen Konto").create();
        StaffUser admin = staff.sysadmin();
        StaffHttp http = StaffHttp.signedIn(port, admin.username());
        String username = newUsername();

        HttpResponse<String> created = http.post("/staff/users", form(username, "VC_CHEF", unit.value().toLowerCase()));

        assertThat(created.statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("select facility_hsa_id from staff_user_unit where username = :u").param("u", username)
                .query(String.class).list()).containsExactly(unit.value());
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'STAFF_USER_CREATE' and actor_id = :a "
                        + "and detail like :d").param("a", admin.auditId()).param("d", "username=" + username + ";%")
                .query(Integer.class).single()).isEqualTo(1);
        StaffHttp chef = StaffHttp.signedIn(port, username);
        assertThat(chef.get("/staff").body()).contains("Vårdcentralen Konto");
        assertThat(chef.get("/staff/users").statusCode()).isEqualTo(403);
    }

    @Test
    void invalidAccountsAreRefusedWithMessagesAndNothingIsSaved() {
        StaffHttp http = StaffHttp.signedIn(port, staff.sysadmin().username());
        String username = newUsername();

        HttpResponse<String> noUnit = http.post("/staff/users", form(username, "VC_CHEF", ""));
        HttpResponse<String> unknownUnit = http.post("/staff/users", form(username, "VC_CHEF", "SE2321000016-NOSUCHUNIT"));
        HttpResponse<String> badName = http.post("/staff/users", form("Not Valid!", "VARDVALSBEHORIG", ""));
        HttpResponse<String> unitForRegionRole = http.post("/staff/users",
                form(username, "VARDVALSBEHORIG", fixtures.facility().create().value()));

        assertThat(noUnit.body()).contains("En VC-chef ska ha minst en vårdcentral.");
        assertThat(unknownUnit.body()).contains("Vårdcentralen SE2321000016-NOSUCHUNIT finns inte i regionen.");
        assertThat(badName.body()).contains("Användarnamnet ska vara");
        assertThat(unitForRegionRole.body()).contains("Bara en VC-chef har egna vårdcentraler");
        assertThat(rows(username)).isZero();
        assertThat(rows("not valid!")).isZero();
    }

    @Test
    void aDeactivatedAccountIsRefusedOnItsNextRequestAndADuplicateNameIsRefused() {
        StaffHttp admin = StaffHttp.signedIn(port, staff.sysadmin().username());
        StaffUser vardval = staff.vardval();
        StaffHttp session = StaffHttp.signedIn(port, vardval.username());
        assertThat(session.get("/staff/persons").statusCode()).isEqualTo(200);

        Map<String, String> change = form(vardval.username(), "VARDVALSBEHORIG", "");
        change.remove("active"); // an unticked checkbox sends nothing
        change.put("password", "");
        assertThat(admin.post("/staff/users/" + vardval.username(), change).statusCode()).isEqualTo(302);

        assertThat(session.get("/staff/persons").statusCode()).isEqualTo(403);
        assertThat(jdbc.sql("select active from staff_user where username = :u").param("u", vardval.username())
                .query(Boolean.class).single()).isFalse();
        assertThat(admin.post("/staff/users", form(vardval.username(), "VARDVALSBEHORIG", "")).body())
                .contains("finns redan");
    }

    @Test
    void aSysadminCannotLockThemselvesOut() {
        StaffUser me = staff.sysadmin();
        StaffHttp http = StaffHttp.signedIn(port, me.username());

        HttpResponse<String> demoted = http.post("/staff/users/" + me.username(), form(me.username(), "VARDVALSBEHORIG", ""));

        assertThat(demoted.statusCode()).isEqualTo(200);
        assertThat(demoted.body()).contains("Du kan inte ta bort din egen roll");
        assertThat(jdbc.sql("select role from staff_user where username = :u").param("u", me.username())
                .query(String.class).single()).isEqualTo("SYSTEMADMINISTRATOR");
    }

    @Test
    void onlyASysadminMayCreateAccounts() {
        String username = newUsername();
        StaffHttp vardval = StaffHttp.signedIn(port, staff.vardval().username());

        assertThat(vardval.post("/staff/users", form(username, "SYSTEMADMINISTRATOR", "")).statusCode()).isEqualTo(403);
        assertThat(vardval.get("/staff/users/new").statusCode()).isEqualTo(403);
        assertThat(rows(username)).isZero();
    }
}
