package se.listning.region.staff.person;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import se.listning.domain.identity.HsaId;
import se.listning.domain.identity.PersonId;
import se.listning.region.testing.StaffBrowserIT;

/** Personsök in Chromium: search, person page, paper-form registration, doctor, scanned; and the refusals. */
class StaffPersonBrowserIT extends StaffBrowserIT {

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private void search(String personnummer) {
        menu().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Personsök")).click();
        page.getByLabel("Personnummer").fill(personnummer);
        button("Sök").click();
    }

    @Test
    void registersFromAPaperFormSetsTheDoctorAndMarksTheFormScanned() {
        HsaId unit = fixtures.facility().name("Vårdcentralen Blåsippan").create();
        fixtures.doctor(unit).name("Eva Ek").create();
        PersonId anna = fixtures.resident().create();
        login(staff.vardval());

        search(anna.value().substring(0, 8) + "-" + anna.value().substring(8));
        assertThat(page.locator("h1")).containsText(anna.value().substring(0, 8));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Personuppgifter"))).isVisible();
        assertThat(page.getByText("Personen är inte listad.")).isVisible();
        shot("person");

        page.getByLabel("Vårdcentral", new Page.GetByLabelOptions().setExact(true)).selectOption(unit.value());
        page.getByLabel("Signerad blankett finns").check();
        button("Registrera vårdval").click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Vårdcentralen Blåsippan");
        Locator history = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Alla listningar, senaste först"));
        assertThat(history).containsText("Registrerad av personal (blankett)");
        assertThat(history).containsText("Blankett ej inskannad");
        shot("registered");

        page.getByLabel("Välj fast läkarkontakt").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Eva Ek"));
        button("Spara fast läkarkontakt").click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Fast läkarkontakt är nu Eva Ek");

        button("Markera som inskannad").click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("inskannad");
        assertThat(history).not().containsText("Blankett ej inskannad");
        shot("scanned");
    }

    @Test
    void anInvalidPersonnummerGetsAFieldError() {
        login(staff.vardval());
        search("1912121");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Skriv personnumret med 10 eller 12 siffror");
        assertThat(page.getByLabel("Personnummer")).hasAttribute("aria-invalid", "true");
        shot("invalid");
    }

    @Test
    void aChefSearchingAnotherUnitsPatientSeesOnlyThePaperFormRegistration() {
        HsaId mine = fixtures.facility().name("Vårdcentralen Egen").create();
        HsaId theirs = fixtures.facility().create();
        PersonId patient = fixtures.resident().create();
        fixtures.listing(patient, theirs).create();
        login(staff.chef(mine));

        search(patient.value());

        assertThat(page.getByText("inte listad eller köad på någon av dina vårdcentraler")).isVisible();
        assertThat(page.getByText("Testsson")).hasCount(0);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Vårdvalshistorik"))).hasCount(0);
        assertThat(page.getByLabel("Vårdcentral", new Page.GetByLabelOptions().setExact(true)))
                .containsText("Vårdcentralen Egen");
        shot("foreign");
    }
}
