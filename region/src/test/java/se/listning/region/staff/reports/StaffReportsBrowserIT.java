package se.listning.region.staff.reports;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import se.listning.domain.identity.HsaId;
import se.listning.region.testing.StaffBrowserIT;

/** Rapporter in Chromium: a VC-chef's report with table, chart and CSV; a role without reports is refused. */
class StaffReportsBrowserIT extends StaffBrowserIT {

    @Test
    void aChefOpensTheDoctorShareReportSeesTableAndChartAndDownloadsCsv() throws IOException {
        HsaId unit = fixtures.facility().name("Vårdcentralen Rapport").create();
        HsaId doctor = fixtures.doctor(unit).create();
        fixtures.listing(fixtures.resident().create(), unit).doctor(doctor).create();
        fixtures.listing(fixtures.resident().create(), unit).create();
        login(staff.chef(unit));
        menu().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Rapporter")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Andel med fast läkarkontakt")).first().click();
        assertThat(page.locator("h1")).hasText("Andel med fast läkarkontakt");
        Locator table = page.getByRole(AriaRole.TABLE);
        assertThat(table).containsText("Vårdcentralen Rapport");
        assertThat(table).containsText("50,0");
        assertThat(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("Andel med fast läkarkontakt (%)")))
                .isVisible();
        shot("report");
        Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Ladda ner CSV: Andel listade med fast läkarkontakt per vårdcentral")).click());
        String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFVårdcentral;HSA-id;Listade;Med fast läkarkontakt;Andel (%)\r\n")
                .contains("Vårdcentralen Rapport;" + unit.value() + ";2;1;50,0");
    }

    @Test
    void aSystemAdministratorIsRefusedTheReports() {
        login(staff.sysadmin());
        Response response = page.navigate("/staff/reports/listade");
        assertThat(response.status()).isEqualTo(403);
        assertThat(page.locator("h1")).hasText("Du saknar behörighet");
        shot("forbidden");
    }
}
