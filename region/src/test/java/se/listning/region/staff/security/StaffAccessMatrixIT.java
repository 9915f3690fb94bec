package se.listning.region.staff.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.listning.domain.identity.HsaId;
import se.listning.domain.identity.PersonId;
import se.listning.region.testing.RegionIT;
import se.listning.region.testing.StaffFixtures;

/**
 * Who may open which staff page, over real HTTP with a real session: one row per page, one column per
 * kind of user. {unit} is a unit the "own" VC-chef manages and the other one does not; {person} is a
 * resident listed there. Anonymous requests always go to the sign-in page. A new page is one row.
 */
class StaffAccessMatrixIT extends RegionIT {

    enum Who { CHEF_OWN, CHEF_OTHER, VARDVAL, SYSADMIN }

    /** Expected status per user kind for {@code method path} (a POST sends {@code form} with the session's CSRF token). */
    record Row(String method, String path, Map<String, String> form, int chefOwn, int chefOther, int vardval,
               int sysadmin) {

        static Row get(String path, int chefOwn, int chefOther, int vardval, int sysadmin) {
            return new Row("GET", path, Map.of(), chefOwn, chefOther, vardval, sysadmin);
        }

        static Row post(String path, Map<String, String> form, int chefOwn, int chefOther, int vardval, int sysadmin) {
            return new Row("POST", path, form, chefOwn, chefOther, vardval, sysadmin);
        }

        int expected(Who who) {
            return switch (who) {
                case CHEF_OWN -> chefOwn;
                case CHEF_OTHER -> chefOther;
                case VARDVAL -> vardval;
                case SYSADMIN -> sysadmin;
            };
        }
    }

    private static final int OK = 200;
    private static final int NO = 403;
    /** A POST that was let through: redirected back to its page (with a message, whether it changed something or not). */
    private static final int DONE = 302;

    /**
     * The matrix. Columns: VC-chef of {unit}, VC-chef of another unit, Vårdvalsbehörig, Systemadministratör.
     * POST rows run in order for each column; the last rows may change what earlier rows read.
     */
    static final List<Row> PAGES = List.of(
            Row.get("/staff", OK, OK, OK, OK),
            Row.get("/staff/users", NO, NO, NO, OK),
            Row.get("/staff/users/new", NO, NO, NO, OK),
            Row.post("/staff/users", Map.of("username", "x"), NO, NO, NO, OK),
            Row.get("/staff/audit", NO, NO, NO, OK),
            Row.get("/staff/audit?person={person}", NO, NO, NO, OK),
            Row.get("/staff/audit/export", NO, NO, NO, OK),
            Row.get("/staff/persons", OK, OK, OK, NO),
            Row.get("/staff/persons/{person}", OK, NO, OK, NO),
            Row.get("/staff/persons/{person}/form.pdf?unit={unit}", OK, NO, OK, NO),
            Row.get("/staff/upload", OK, OK, OK, NO),
            Row.get("/staff/doctors?unit={unit}", OK, NO, OK, NO),
            Row.get("/staff/doctors/{doctor}", OK, NO, OK, NO),
            Row.get("/staff/doctors/add?unit={unit}", OK, NO, OK, NO),
            Row.get("/staff/doctors/directory", NO, NO, OK, OK),
            Row.get("/staff/links?unit={unit}", OK, NO, OK, NO),
            Row.get("/staff/links/distribution?unit={unit}&seed=7", OK, NO, OK, NO),
            Row.get("/staff/units", OK, OK, OK, NO),
            Row.get("/staff/units/{unit}", OK, NO, OK, NO),
            Row.get("/staff/units/{unit}/queue", OK, NO, OK, NO),
            Row.get("/staff/units/{unit}/close", NO, NO, OK, NO),
            Row.get("/staff/reports", OK, OK, OK, NO),
            Row.get("/staff/reports/listade", OK, OK, OK, NO),
            Row.get("/staff/reports/listade/csv", OK, OK, OK, NO),
            Row.post("/staff/persons", Map.of("personnummer", "{person}"), DONE, DONE, DONE, NO),
            Row.post("/staff/persons/{person}/forms/{listing}/scanned", Map.of(), DONE, NO, DONE, NO),
            Row.post("/staff/persons/{person}/listings/{listing}/doctor", Map.of("doctor", "{doctor}"), DONE, NO, DONE, NO),
            Row.post("/staff/persons/{person}/exemption", Map.of("type", "PV", "reason", "Flytt inom regionen"), NO, NO, DONE, NO),
            Row.post("/staff/doctors/{doctor}/active", Map.of("active", "true"), DONE, NO, DONE, NO),
            Row.post("/staff/doctors/add", Map.of("unit", "{unit}", "hsaId", "SE2321000016-NOSUCH"), DONE, NO, DONE, NO),
            Row.post("/staff/links/link", Map.of("unit", "{unit}", "listing", "{listing}", "target", "{doctor}"),
                    DONE, NO, DONE, NO),
            Row.post("/staff/links/move", Map.of("unit", "{unit}", "from", "{doctor}", "to", "{doctor}"), DONE, NO, DONE, NO),
            Row.post("/staff/links/distribution", Map.of("unit", "{unit}", "seed", "7", "fingerprint", "stale"),
                    DONE, NO, DONE, NO),
            Row.post("/staff/units/{unit}/settings", Map.of("cap", "500", "offersQueue", "true"),
                    NO, NO, DONE, NO),
            Row.post("/staff/units/{unit}/on-call", Map.of("partners", "Jourcentralen"), NO, NO, DONE, NO),
            Row.post("/staff/units/{unit}/queue/0/remove", Map.of("reason", "Flyttat"), DONE, NO, DONE, NO),
            Row.post("/staff/persons/{person}/register", Map.of("unit", "{unit}", "type", "PV", "signed", "true"),
                    DONE, NO, DONE, NO),
            Row.post("/staff/units/{unit}/close", Map.of(), NO, NO, DONE, NO));

    @Autowired
    StaffFixtures staff;

    private HsaId unit;
    private PersonId person;
    private HsaId doctor;
    private long listing;
    private final Map<Who, StaffHttp> sessions = new EnumMap<>(Who.class);

    @BeforeEach
    void usersAndData() {
        unit = fixtures.facility().name("Vårdcentralen Matrisen").create();
        HsaId otherUnit = fixtures.facility().name("Vårdcentralen Grannen").create();
        person = fixtures.resident().create();
        doctor = fixtures.doctor(unit).name("Dr Matris").create();
        listing = fixtures.listing(person, unit).create();
        fixtures.ensurePv();
        sessions.put(Who.CHEF_OWN, StaffHttp.signedIn(port, staff.chef(unit).username()));
        sessions.put(Who.CHEF_OTHER, StaffHttp.signedIn(port, staff.chef(otherUnit).username()));
        sessions.put(Who.VARDVAL, StaffHttp.signedIn(port, staff.vardval().username()));
        sessions.put(Who.SYSADMIN, StaffHttp.signedIn(port, staff.sysadmin().username()));
    }

    @Test
    void everyPageAnswersEachKindOfUserAsTheMatrixSays() {
        List<String> cells = new ArrayList<>();
        SoftAssertions soft = new SoftAssertions();
        for (Row row : PAGES) {
            String path = fill(row.path());
            for (Who who : Who.values()) {
                int status = send(sessions.get(who), row).statusCode();
                cells.add(who + " " + row.method() + " " + path + " -> " + status);
                soft.assertThat(status).as("%s %s %s", who, row.method(), path).isEqualTo(row.expected(who));
            }
        }
        soft.assertAll();
        assertThat(cells).hasSize(PAGES.size() * Who.values().length);
    }

    @Test
    void forgedPostsWithoutCsrfTokenAreRefusedAndChangeNothing() {
        StaffHttp vardval = sessions.get(Who.VARDVAL);
        SoftAssertions soft = new SoftAssertions();
        for (Row row : PAGES) {
            if (row.method().equals("POST")) {
                Map<String, String> form = new java.util.LinkedHashMap<>();
                row.form().forEach((k, v) -> form.put(k, fill(v)));
                soft.assertThat(vardval.postWithoutToken(fill(row.path()), form).statusCode())
                        .as("forged POST %s", row.path()).isEqualTo(NO);
            }
        }
        soft.assertAll();
        assertThat(jdbc.sql("select count(*) from audit_event where person_id = :p").param("p", person.value())
                .query(Integer.class).single()).as("no audit entry: nothing was read or changed").isZero();
        assertThat(jdbc.sql("select count(*) from listing where person_id = :p").param("p", person.value())
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select doctor_hsa_id from listing where id = :id").param("id", listing)
                .query(String.class).optional()).isEmpty();
        assertThat(jdbc.sql("select count(*) from relisting_exemption where person_id = :p").param("p", person.value())
                .query(Integer.class).single()).isZero();
    }

    @Test
    void anonymousRequestsGoToTheSignInPage() {
        StaffHttp anonymous = new StaffHttp(port);
        SoftAssertions soft = new SoftAssertions();
        for (Row row : PAGES) {
            HttpResponse<String> response = row.method().equals("GET") ? anonymous.get(fill(row.path()))
                    : anonymous.post(fill(row.path()), Map.of());
            soft.assertThat(response.statusCode()).as("anonymous GET %s", row.path()).isEqualTo(302);
            soft.assertThat(response.headers().firstValue("Location").orElse(""))
                    .as("anonymous GET %s", row.path()).endsWith("/staff/login");
        }
        soft.assertAll();
    }

    private HttpResponse<String> send(StaffHttp session, Row row) {
        if (row.method().equals("GET")) {
            return session.get(fill(row.path()));
        }
        Map<String, String> form = new java.util.LinkedHashMap<>();
        row.form().forEach((k, v) -> form.put(k, fill(v)));
        return session.post(fill(row.path()), form);
    }

    private String fill(String template) {
        return template.replace("{unit}", unit.value()).replace("{person}", person.value())
                .replace("{doctor}", doctor.value()).replace("{listing}", Long.toString(listing));
    }
}
