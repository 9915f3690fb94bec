package se.listning.region.staff.units;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.listning.domain.identity.HsaId;
import se.listning.domain.identity.ListingTypeCode;
import se.listning.domain.identity.PersonId;
import se.listning.region.testing.StaffBrowserIT;

/** Vårdcentraler och köer in Chromium: search, settings, the queue and its refusals. */
class StaffUnitsBrowserIT extends StaffBrowserIT {

    @Test
    void vardvalFindsAUnitChangesTheCapAndRemovesSomeoneFromTheQueue() {
        List<String> cspViolations = new ArrayList<>();
        page.onConsoleMessage(m -> {
            if (m.text().contains("Content Security Policy")) {
                cspViolations.add(m.text());
            }
        });
        HsaId unit = fixtures.facility().name("Vårdcentralen Björkdalen").cap(0).queue(true).create();
        PersonId first = fixtures.resident().create();
        PersonId second = fixtures.resident().create();
        queue(first, unit, LocalDateTime.now().minusDays(12));
        queue(second, unit, LocalDateTime.now().minusDays(4));
        login(staff.vardval());
        menu().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Vårdcentraler och köer")).click();
        page.getByLabel("Sök vårdcentral").fill("björkdal");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sök")).click();
        shot("search");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Vårdcentralen Björkdalen").setExact(true)).click();
        assertThat(page.locator("h1")).hasText("Vårdcentralen Björkdalen");

        page.getByLabel("Tak för antal listade").fill("0");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara inställningar")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Inställningarna är sparade.");
        shot("saved");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("2 personer – visa kön")).click();
        assertThat(page.locator("h1")).containsText("Kö");
        Locator rows = page.locator("tbody tr");
        assertThat(rows).hasCount(2);
        assertThat(rows.first()).containsText(dashed(first));
        shot("queue");
        page.onDialog(dialog -> dialog.accept());
        page.getByLabel("Orsak för " + dashed(first)).fill("Vill inte längre stå i kö");
        rows.first().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Ta bort")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("är borttagen ur kön");
        assertThat(page.locator("tbody tr")).hasCount(1);
        assertThat(page.locator("tbody tr").first()).containsText(dashed(second));
        shot("removed");
        assertThat(cspViolations).isEmpty();
    }

    @Test
    void turningOffTheQueueWithPeopleInItIsRefusedAndAChefIsKeptOutOfOtherUnits() {
        HsaId unit = fixtures.facility().name("Vårdcentralen Kön").cap(0).queue(true).create();
        queue(fixtures.resident().create(), unit, LocalDateTime.now().minusDays(1));
        login(staff.vardval());
        page.navigate("/staff/units/" + unit.value());
        page.getByLabel("Kö erbjuds").uncheck();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara inställningar")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Det finns 1 personer i kö");
        assertThat(page.getByLabel("Kö erbjuds")).not().isChecked();
        shot("refused");

        context.clearCookies();
        HsaId own = fixtures.facility().create();
        login(staff.chef(own));
        Response response = page.navigate("/staff/units/" + unit.value() + "/queue");
        assertThat(response.status()).isEqualTo(403);
        assertThat(page.locator("h1")).hasText("Du saknar behörighet");
        shot("forbidden");
        page.navigate("/staff/units/" + own.value());
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara inställningar"))).hasCount(0);
        assertThat(page.getByText("Inställningarna ändras av vårdvalsbehörig")).isVisible();
    }

    private void queue(PersonId person, HsaId unit, LocalDateTime at) {
        jdbc.sql("""
                        insert into queue_place (person_id, facility_hsa_id, code, code_system, queued_at)
                        values (:p, :u, :code, :system, :at)""")
                .param("p", person.value()).param("u", unit.value())
                .param("code", ListingTypeCode.PV.code()).param("system", ListingTypeCode.PV.codeSystem())
                .param("at", at).update();
    }

    private static String dashed(PersonId person) {
        return person.value().substring(0, 8) + "-" + person.value().substring(8);
    }
}
