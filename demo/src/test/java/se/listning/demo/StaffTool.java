package se.listning.demo;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * A region's staff tool in its own browser context, signed in as the demo's Vårdvalsbehörig: what the region's
 * staff change while a resident is using the e-service (a unit's cap, a doctor's age limit or activity).
 */
final class StaffTool implements AutoCloseable {

    private final BrowserContext context;
    private final Page page;

    StaffTool(Browser browser, String regionUrl) {
        context = browser.newContext(new Browser.NewContextOptions().setLocale("sv-SE").setBaseURL(regionUrl));
        page = context.newPage();
        page.setDefaultTimeout(20_000);
        page.onDialog(dialog -> dialog.accept()); // data-confirm questions are answered yes
        page.navigate("/staff/login");
        page.getByLabel("Användarnamn").fill("vardval");
        page.getByLabel("Lösenord").fill("demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logga in")).click();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Logga ut")).or(
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logga ut")))).isVisible();
    }

    void setUnitCap(String unitHsaId, int cap) {
        page.navigate("/staff/units/" + unitHsaId);
        page.getByLabel("Tak för antal listade").fill(Integer.toString(cap));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara inställningar")).click();
        assertThat(page.locator(".notice.ok")).isVisible();
    }

    void setDoctorMaxAge(String doctorHsaId, int maxAge) {
        page.navigate("/staff/doctors/" + doctorHsaId);
        page.getByLabel("Tar emot till ålder").fill(Integer.toString(maxAge));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara").setExact(true)).click();
        assertThat(page.locator(".notice.ok")).isVisible();
    }

    void deactivateDoctor(String doctorHsaId) {
        page.navigate("/staff/doctors/" + doctorHsaId);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inaktivera som fast läkarkontakt")).click();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aktivera som fast läkarkontakt")))
                .isVisible();
    }

    @Override
    public void close() {
        context.close();
    }
}
