package se.listning.region.staff.links;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.listning.domain.identity.HsaId;
import se.listning.domain.identity.PersonId;
import se.listning.region.testing.StaffBrowserIT;

/** "Administrera koppling" in the browser: filter, link a selection, distribution preview and apply, refusals. */
class StaffLinksBrowserIT extends StaffBrowserIT {

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
    }

    private PersonId listed(HsaId unit, int age, HsaId doctor) {
        PersonId person = fixtures.resident().born(LocalDate.now().minusYears(age).minusDays(3)).create();
        fixtures.listing(person, unit).doctor(doctor).create();
        return person;
    }

    private static String shown(PersonId id) {
        return id.value().substring(0, 8) + "-" + id.value().substring(8);
    }

    @Test
    void chefLinksASelectionThenDistributesTheRest() {
        HsaId unit = fixtures.facility().name("Vårdcentralen Länken").create();
        HsaId eva = fixtures.doctor(unit).name("Eva Allmän").maxPatients(10).create();
        fixtures.doctor(unit).name("Per Allmän").maxPatients(10).create();
        PersonId a = listed(unit, 30, null);
        PersonId b = listed(unit, 40, null);
        listed(unit, 50, null);
        listed(unit, 60, eva);
        login(staff.chef(unit));
        menu().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Administrera koppling")).click();
        page.getByLabel("Bara patienter utan fast läkarkontakt").check();
        button("Visa").click();
        assertThat(page.locator("caption").first()).containsText("3 st");
        page.getByLabel("Välj " + shown(a)).check();
        page.getByLabel("Välj " + shown(b)).check();
        page.getByLabel("Koppla till läkare").selectOption(new SelectOption().setValue(eva.value()));
        shot("selected");
        button("Koppla valda").click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("2 patienter fick ny fast läkarkontakt.");
        assertThat(page.locator("caption").first()).containsText("1 st");

        page.getByLabel("Frö (seed)").fill("4711");
        button("Förhandsgranska fördelning").click();
        assertThat(page.locator("h1")).hasText("Slumpvis fördelning – förhandsgranskning");
        assertThat(page.getByText("1 patienter skulle få fast läkarkontakt")).isVisible();
        shot("preview");
        page.onDialog(dialog -> dialog.accept());
        button("Genomför fördelningen").click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("1 patienter fick fast läkarkontakt");
        assertThat(jdbc.sql("select count(*) from listing where facility_hsa_id = :u and doctor_hsa_id is null")
                .param("u", unit.value()).query(Integer.class).single()).isZero();
    }

    @Test
    void aLinkOverTheCapIsRefusedAndProtectedNamesAreHidden() {
        HsaId unit = fixtures.facility().create();
        HsaId small = fixtures.doctor(unit).name("Liten Lista").maxPatients(1).create();
        PersonId a = listed(unit, 30, null);
        PersonId hidden = fixtures.resident().born(LocalDate.of(1980, 2, 2)).protectedIdentity().create();
        fixtures.listing(hidden, unit).create();
        login(staff.chef(unit));
        page.navigate("/staff/links?unit=" + unit.value());
        assertThat(page.getByRole(AriaRole.CELL, new Page.GetByRoleOptions().setName("Skyddad"))).isVisible();
        page.getByLabel("Välj " + shown(a)).check();
        page.getByLabel("Välj " + shown(hidden)).check();
        page.getByLabel("Koppla till läkare").selectOption(new SelectOption().setValue(small.value()));
        button("Koppla valda").click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("1 lediga platser (tak 1) men 2 patienter skulle kopplas");
        shot("refused");
        assertThat(jdbc.sql("select count(*) from listing where doctor_hsa_id = :d").param("d", small.value())
                .query(Integer.class).single()).isZero();
        assertThat(page.navigate("/staff/links?unit=" + fixtures.facility().create().value()).status()).isEqualTo(403);
    }
}
