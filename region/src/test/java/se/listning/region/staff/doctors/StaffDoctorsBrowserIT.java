package se.listning.region.staff.doctors;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import se.listning.domain.identity.HsaId;
import se.listning.region.testing.StaffBrowserIT;

/** "Administrera läkare" in the browser: list, edit, deactivate, directory import, add, and refusals. */
class StaffDoctorsBrowserIT extends StaffBrowserIT {

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
    }

    @Test
    void chefEditsAndDeactivatesADoctor() {
        HsaId unit = fixtures.facility().name("Vårdcentralen Ekbacken").create();
        fixtures.doctor(unit).name("Eva Läkare").maxPatients(1000).create();
        login(staff.chef(unit));
        menu().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Administrera läkare")).click();
        assertThat(page.locator("h1")).hasText("Administrera läkare");
        assertThat(page.getByRole(AriaRole.CELL, new Page.GetByRoleOptions().setName("1000").setExact(true))).isVisible();
        shot("list");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Eva Läkare")).click();
        page.getByLabel("Arbetsgrad (%)").fill("75");
        page.getByLabel("Antal patienter tak").fill("1500");
        page.getByLabel("Tar emot från ålder").fill("18");
        button("Spara").click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Uppgifterna för Eva Läkare är sparade.");
        assertThat(page.getByLabel("Antal patienter tak")).hasValue("1500");
        shot("saved");
        page.onDialog(dialog -> dialog.accept());
        button("Inaktivera som fast läkarkontakt").click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("är inaktiverad");
        assertThat(button("Aktivera som fast läkarkontakt")).isVisible();
    }

    @Test
    void invalidValuesAreShownAndNothingIsSavedAndAnotherUnitIsForbidden() {
        HsaId unit = fixtures.facility().create();
        HsaId doctor = fixtures.doctor(unit).name("Olle Fel").maxPatients(10).create();
        HsaId elsewhere = fixtures.doctor(fixtures.facility().create()).create();
        login(staff.chef(unit));
        page.navigate("/staff/doctors/" + doctor.value());
        page.getByLabel("Arbetsgrad (%)").fill("150");
        page.getByLabel("Startdatum").fill("2026-06-01");
        page.getByLabel("Slutdatum").fill("2026-01-01");
        page.getByLabel("Antal patienter tak").fill("5");
        button("Spara").click();
        Locator alert = page.getByRole(AriaRole.ALERT);
        assertThat(alert).containsText("Arbetsgrad måste vara mellan 1 och 100.");
        assertThat(alert).containsText("Slutdatum får inte vara före startdatum.");
        shot("errors");
        Integer cap = jdbc.sql("select max_patients from doctor where hsa_id = :id").param("id", doctor.value())
                .query(Integer.class).single();
        assertThat(cap).isEqualTo(10);
        assertThat(page.navigate("/staff/doctors/" + elsewhere.value()).status()).isEqualTo(403);
        assertThat(page.locator("h1")).hasText("Du saknar behörighet");
    }

    @Test
    void vardvalImportsTheDirectoryAndAddsADoctor() {
        HsaId unit = fixtures.facility().name("Vårdcentralen Katalogen").create();
        String id = "SE2321000016-BRW" + System.nanoTime() % 100_000;
        login(staff.vardval());
        page.navigate("/staff/doctors/directory");
        page.getByLabel("Katalogfil (CSV, UTF-8)").setInputFiles(new FilePayload("fel.csv", "text/csv",
                ("fel;rubrik\n").getBytes(StandardCharsets.UTF_8)));
        button("Läs in fil").click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Rad 1: rubrikraden ska vara");
        shot("directory-error");
        page.getByLabel("Katalogfil (CSV, UTF-8)").setInputFiles(new FilePayload("katalog.csv", "text/csv",
                (DirectoryCsv.HEADER + "\n" + id + ";Åsa Nyläkare;Leg. läkare;Allmänmedicin;" + unit.value() + "\n")
                        .getBytes(StandardCharsets.UTF_8)));
        button("Läs in fil").click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Läkarkatalogen är inläst: 1 läkare.");
        page.navigate("/staff/doctors/add?unit=" + unit.value());
        page.getByLabel("Åsa Nyläkare").check();
        button("Lägg till vald läkare").click();
        assertThat(page.locator("h1")).hasText("Uppgifter läkare: Åsa Nyläkare");
        shot("added");
    }
}
