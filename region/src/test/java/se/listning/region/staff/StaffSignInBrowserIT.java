package se.listning.region.staff;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import se.listning.domain.identity.HsaId;
import se.listning.region.staff.security.StaffUser;
import se.listning.region.testing.StaffBrowserIT;

/** Sign-in, the role-dependent menu, sign-out, and the refusals around them. */
class StaffSignInBrowserIT extends StaffBrowserIT {

    @Test
    void chefSignsInSeesTheirUnitsAndMenuThenSignsOut() {
        HsaId unit = fixtures.facility().name("Vårdcentralen Solsidan").create();
        StaffUser chef = staff.chef(unit);
        login(chef);
        shot("start");
        assertThat(page.locator("h1")).containsText("Vårdval");
        assertThat(menu().getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Personsök"))).isVisible();
        assertThat(menu().getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Logg"))).hasCount(0);
        assertThat(page.getByText(unit.value())).isVisible();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logga ut")).click();
        assertThat(page.getByText("Du är utloggad.")).isVisible();
        page.navigate("/staff");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/staff/login$"));
    }

    @Test
    void wrongPasswordIsRefusedWithAMessage() {
        StaffUser user = staff.vardval();
        page.navigate("/staff/login");
        page.getByLabel("Användarnamn").fill(user.username());
        page.getByLabel("Lösenord").fill("wrong");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logga in")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Fel användarnamn eller lösenord");
        shot("refused");
    }

    @Test
    void sysadminSeesAuditAndUsersButNotListingAdministration() {
        StaffUser admin = staff.sysadmin();
        login(admin);
        assertThat(menu().getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Användare"))).isVisible();
        assertThat(menu().getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Personsök"))).hasCount(0);
        menu().getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Användare")).click();
        assertThat(page.getByRole(AriaRole.CELL, new Page.GetByRoleOptions().setName(admin.username()))).isVisible();
        shot("users");
    }

    @Test
    void aChefOpeningTheUserListGetsTheSwedishForbiddenPage() {
        StaffUser chef = staff.chef(fixtures.facility().create());
        login(chef);
        Response response = page.navigate("/staff/users");
        assertThat(response.status()).isEqualTo(403);
        assertThat(page.locator("h1")).hasText("Du saknar behörighet");
    }
}
