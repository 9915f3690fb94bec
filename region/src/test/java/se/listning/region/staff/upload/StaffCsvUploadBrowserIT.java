package se.listning.region.staff.upload;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import se.listning.domain.identity.HsaId;
import se.listning.domain.identity.PersonId;
import se.listning.region.testing.StaffBrowserIT;

/** Ladda upp via fil in Chromium: a good file applied, a bad file's grouped errors and their CSV download. */
class StaffCsvUploadBrowserIT extends StaffBrowserIT {

    @Test
    void aGoodFileIsAppliedAndTheResultShownPerUnit() {
        HsaId unit = fixtures.facility().name("Vårdcentralen Björkdalen").create();
        HsaId doctor = fixtures.doctor(unit).name("Doktor Åsa").create();
        PersonId a = listed(unit);
        PersonId b = listed(unit);
        login(staff.chef(unit));
        menu().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Ladda upp via fil")).click();
        assertThat(page.locator("h1")).hasText("Ladda upp via fil");
        shot("form");

        choose("kopplingar.csv", "personnummer;enhet;läkare\n" + a.value() + ";" + unit.value() + ";" + doctor.value()
                + "\n" + b.value() + ";" + unit.value() + ";" + doctor.value() + "\n");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ladda upp")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Filen är uppladdad", new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(20_000));
        Locator row = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Vårdcentralen Björkdalen"));
        assertThat(row.getByRole(AriaRole.CELL)).hasText(new String[] {"2", "2", "0", "2"});
        shot("applied");
        assertThat(jdbc.sql("select count(*) from listing where facility_hsa_id = :u and doctor_hsa_id = :d")
                .param("u", unit.value()).param("d", doctor.value()).query(Long.class).single()).isEqualTo(2);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ladda upp en ny fil")).click();
        assertThat(page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("De senaste tio uppladdningarna")))
                .containsText("kopplingar.csv");
    }

    @Test
    void aBadFileShowsGroupedErrorsAndTheFaultyRowsDownloadForCorrection() throws IOException {
        HsaId unit = fixtures.facility().create();
        HsaId doctor = fixtures.doctor(unit).create();
        HsaId stranger = fixtures.doctor(fixtures.facility().create()).create();
        PersonId good = listed(unit);
        PersonId bad1 = listed(unit);
        PersonId bad2 = listed(unit);
        login(staff.chef(unit));
        page.navigate("/staff/upload");

        choose("fel.csv", good.value() + ";" + unit.value() + ";" + doctor.value() + "\n"
                + bad1.value() + ";" + unit.value() + ";" + stranger.value() + "\n"
                + bad2.value() + ";" + unit.value() + ";" + stranger.value() + "\n"
                + good.value() + ";" + unit.value() + ";@SUM(A1)\n");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ladda upp")).click();

        assertThat(page.getByRole(AriaRole.ALERT)).containsText("3 av 4 poster är felaktiga",
                new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(20_000));
        Locator groups = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Felaktiga poster per felmeddelande"));
        assertThat(groups.getByRole(AriaRole.ROW).nth(1)).containsText(UploadMessage.NO_DOCTOR);
        assertThat(groups.getByRole(AriaRole.ROW).nth(1)).containsText("2");
        assertThat(groups).containsText(UploadMessage.FORMULA);
        shot("errors");

        Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Ladda ner felaktiga poster")).click());
        String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF" + ErrorCsv.HEADER);
        assertThat(csv).contains(bad1.value() + ";" + unit.value() + ";" + stranger.value() + ";;" + UploadMessage.NO_DOCTOR);
        assertThat(csv).contains(";'@SUM(A1);;" + UploadMessage.FORMULA);
        assertThat(jdbc.sql("select count(*) from listing where facility_hsa_id = :u and doctor_hsa_id is not null")
                .param("u", unit.value()).query(Long.class).single()).isZero();
    }

    @Test
    void submittingWithoutAFileGivesAMessage() {
        login(staff.vardval());
        page.navigate("/staff/upload");
        page.locator("#file").evaluate("e => e.removeAttribute('required')");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ladda upp")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Välj en CSV-fil att ladda upp");
        shot("no-file");
    }

    private void choose(String name, String content) {
        page.getByLabel("CSV-fil").setInputFiles(new FilePayload(name, "text/csv", content.getBytes(StandardCharsets.UTF_8)));
    }

    private PersonId listed(HsaId unit) {
        PersonId person = fixtures.resident().create();
        fixtures.listing(person, unit).create();
        return person;
    }
}
