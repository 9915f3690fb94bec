package se.listning.region.staff.audit;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.listning.domain.identity.HsaId;
import se.listning.domain.identity.PersonId;
import se.listning.region.audit.StaffAudit;
import se.listning.region.staff.security.StaffUser;
import se.listning.region.testing.StaffBrowserIT;

/** The audit log viewer in Chromium: a Systemadministratör finds a person's entries; others are refused. */
class StaffAuditBrowserIT extends StaffBrowserIT {

    @Autowired
    StaffAudit audit;

    @Test
    void sysadminFiltersByPersonAndSeesTheirEntries() {
        HsaId unit = fixtures.facility().name("Vårdcentralen Loggen").create();
        StaffUser chef = staff.chef(unit);
        PersonId person = fixtures.resident().create();
        audit.record(chef, "SET_DOCTOR", person, unit, "Administrera koppling", "doctor=SE-LOGG-1");
        StaffUser admin = staff.sysadmin();

        login(admin);
        menu().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Logg")).click();
        assertThat(page.locator("h1")).hasText("Logg");
        assertThat(page.getByText("Loggen går bara att lägga till i.")).isVisible();
        page.getByLabel("Personnummer").fill(person.value().substring(0, 8) + "-" + person.value().substring(8));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sök")).click();

        Locator table = page.getByRole(AriaRole.TABLE);
        assertThat(table).containsText("doctor=SE-LOGG-1");
        assertThat(table).containsText("VC-chef");
        assertThat(table).containsText("Loggkontroll");
        assertThat(page.getByRole(AriaRole.COLUMNHEADER, new Page.GetByRoleOptions().setName("Syfte"))).isVisible();
        assertThat(table.locator("tbody tr")).hasCount(2);
        shot("person");
    }

    @Test
    void aWrongPersonnummerGivesAnErrorSummary() {
        login(staff.sysadmin());
        page.navigate("/staff/audit");
        page.getByLabel("Personnummer").fill("19121212-0000");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sök")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Personnumret är inte giltigt");
        assertThat(page.getByRole(AriaRole.TABLE)).hasCount(0);
        shot("error");
    }

    @Test
    void aChefIsRefusedTheLog() {
        login(staff.chef(fixtures.facility().create()));
        assertThat(menu().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Logg"))).hasCount(0);
        Response response = page.navigate("/staff/audit");
        assertThat(response.status()).isEqualTo(403);
        assertThat(page.locator("h1")).hasText("Du saknar behörighet");
        shot("refused");
    }
}
