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

    /** Expected status per user kind for a GET of {@code path}. */
    record Row(String path, int chefOwn, int chefOther, int vardval, int sysadmin) {
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

    /** The matrix. Columns: VC-chef of {unit}, VC-chef of another unit, Vårdvalsbehörig, Systemadministratör. */
    static final List<Row> PAGES = List.of(
            new Row("/staff", OK, OK, OK, OK),
            new Row("/staff/users", NO, NO, NO, OK),
            new Row("/staff/audit", NO, NO, NO, OK),
            new Row("/staff/audit?person={person}", NO, NO, NO, OK),
            new Row("/staff/audit/export", NO, NO, NO, OK));

    @Autowired
    StaffFixtures staff;

    private HsaId unit;
    private PersonId person;
    private final Map<Who, StaffHttp> sessions = new EnumMap<>(Who.class);

    @BeforeEach
    void usersAndData() {
        unit = fixtures.facility().name("Vårdcentralen Matrisen").create();
        HsaId otherUnit = fixtures.facility().name("Vårdcentralen Grannen").create();
        person = fixtures.resident().create();
        fixtures.listing(person, unit).create();
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
            String path = path(row.path());
            for (Who who : Who.values()) {
                int status = sessions.get(who).get(path).statusCode();
                cells.add(who + " " + path + " -> " + status);
                soft.assertThat(status).as("%s GET %s", who, path).isEqualTo(row.expected(who));
            }
        }
        soft.assertAll();
        assertThat(cells).hasSize(PAGES.size() * Who.values().length);
    }

    @Test
    void anonymousRequestsGoToTheSignInPage() {
        StaffHttp anonymous = new StaffHttp(port);
        SoftAssertions soft = new SoftAssertions();
        for (Row row : PAGES) {
            HttpResponse<String> response = anonymous.get(path(row.path()));
            soft.assertThat(response.statusCode()).as("anonymous GET %s", row.path()).isEqualTo(302);
            soft.assertThat(response.headers().firstValue("Location").orElse(""))
                    .as("anonymous GET %s", row.path()).endsWith("/staff/login");
        }
        soft.assertAll();
    }

    private String path(String template) {
        return template.replace("{unit}", unit.value()).replace("{person}", person.value());
    }
}
