package se.listning.region.staff.users;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import se.listning.domain.identity.HsaId;
import se.listning.region.testing.StaffBrowserIT;

/** "Användare" in a browser: a Systemadministratör creates a VC-chef; a chef without a unit is refused. */
class StaffUsersBrowserIT extends StaffBrowserIT {

    @Test
    void sysadminCreatesAChefAndSeesTheAccountInTheList() {
        HsaId unit = fixtures.facility().name("Vårdcentralen Kontot").create();
        String username = "vera.vc" + System.nanoTime() % 100000;
        login(staff.sysadmin());
        menu().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Användare")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ny användare")).click();

        page.getByLabel("Användarnamn").fill(username);
        page.getByLabel("Namn", new Page.GetByLabelOptions().setExact(true)).fill("Vera Vårdcentralsson");
        page.getByLabel("Roll").selectOption("VC_CHEF");
        page.getByLabel("Vårdcentraler (endast VC-chef)").fill(unit.value());
        shot("form");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Användaren " + username + " är skapad.");
        Locator row = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(username));
        assertThat(row).containsText("VC-chef");
        assertThat(row).containsText(unit.value());
        assertThat(row).containsText("Aktiv");
        shot("list");
    }

    @Test
    void aChefWithoutAUnitIsRefusedWithAnErrorSummary() {
        login(staff.sysadmin());
        page.navigate("/staff/users/new");
        page.getByLabel("Användarnamn").fill("utan.enhet");
        page.getByLabel("Namn", new Page.GetByLabelOptions().setExact(true)).fill("Utan Enhet");
        page.getByLabel("Roll").selectOption("VC_CHEF");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara")).click();

        assertThat(page.getByRole(AriaRole.ALERT)).containsText("En VC-chef ska ha minst en vårdcentral.");
        assertThat(page.getByLabel("Användarnamn")).hasValue("utan.enhet");
        shot("refused");
    }
}
