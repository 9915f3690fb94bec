package se.listning.demo;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static se.listning.demo.TestPopulation.unit;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Queues and fast läkarkontakt in the e-service: join the queue at a full unit and be listed when the region
 * makes room (flows 4, 5), leave a queue (flow 6), and change doctor without using a relisting.
 */
class CitizenQueueAndDoctorBrowserIT extends CitizenBrowserIT {

    static final String KOSJON = "Vårdcentralen Kösjön";

    @Test
    void joinsTheQueueAtAFullUnitAndIsListedWhenAPlaceIsFree() {
        String person = population.resident("20");
        assertThat(soap.createListing("20", person, unit("20", 2), "20").resultCode()).isEqualTo("OK");
        signIn(person);

        page.navigate("/valj");
        page.getByLabel("Region", new Page.GetByLabelOptions().setExact(true)).selectOption("20");
        page.getByLabel("Mottagningens namn (valfritt)").fill("Kösjön");
        button("Sök").click();
        assertThat(page.locator(".result").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(KOSJON)))
                .containsText("Fullt – kö finns.");
        openUnit("20", KOSJON);
        assertThat(page.getByText("Mottagningen är full.", new Page.GetByTextOptions().setExact(false))).isVisible();
        button("Välj mottagningen och ställ dig i kö").click();
        page.getByLabel("Jag godkänner").check();
        button("Byt mottagning").click(); // the queue is not asked for
        assertThat(page.getByRole(AriaRole.ALERT).getByText("Mottagningen är full. Kryssa i att du vill ställa dig i kö, "
                + "eller välj en annan mottagning.")).isVisible();
        accessible();
        page.getByLabel("Jag vill ställa mig i kö till " + KOSJON).check();
        button("Byt mottagning").click();

        assertThat(heading("Du står i kö")).isVisible();
        accessible();
        page.navigate("/");
        var queueCard = page.locator("#koer ~ ul .card");
        assertThat(queueCard).containsText(KOSJON);
        assertThat(queueCard).containsText("Plats i kön");
        accessible();

        try (StaffTool staff = staffTool("20")) {
            staff.setUnitCap(unit("20", 3), 20); // the region makes room: the queue is served in order
        }
        TestPopulation.await("listed from the queue", () -> soap.getListing("20", person).listedAt(), List.of(unit("20", 3)));
        page.reload();
        assertThat(page.locator("#listningar ~ ul .card h3")).hasText(KOSJON);
        assertThat(page.locator("#koer")).hasCount(0);
    }

    @Test
    void leavesAQueueWithoutUsingARelisting() {
        String person = population.resident("14");
        assertThat(soap.createListing("14", person, unit("14", 2), "14").resultCode()).isEqualTo("OK");
        assertThat(soap.queueAt("14", person, unit("14", 3), "14").resultCode()).isEqualTo("OK");
        signIn(person);
        String remaining = page.locator("#byten ~ p").first().textContent();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lämna kön")).click();
        assertThat(heading("Lämna kön")).isVisible();
        accessible();
        button("Lämna kön").click();

        assertThat(heading("Du har lämnat kön")).isVisible();
        page.navigate("/");
        assertThat(page.locator("#koer")).hasCount(0);
        assertThat(page.locator("#listningar ~ ul .card h3")).hasText("Huvud- axlar- knä- och tåspecialisten");
        assertThat(page.locator("#byten ~ p").first().textContent()).isEqualTo(remaining);
    }

    @Test
    void changesTheDoctorWithoutUsingARelisting() {
        String person = population.resident("01");
        assertThat(soap.createListing("01", person, unit("01", 1), "01").resultCode()).isEqualTo("OK");
        signIn(person);
        String remaining = page.locator("#byten ~ p").first().textContent();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Välj fast läkarkontakt")).click();
        assertThat(heading("Fast läkarkontakt")).isVisible();
        button("Byt fast läkarkontakt").click(); // nobody chosen
        assertThat(page.getByRole(AriaRole.ALERT).getByText("Välj en läkare i listan.")).isVisible();
        accessible();
        page.getByLabel("Karin Lindqvist", new Page.GetByLabelOptions().setExact(false)).check();
        button("Byt fast läkarkontakt").click();

        assertThat(heading("Din fasta läkarkontakt har ändrats")).isVisible();
        assertThat(page.locator(".receipt-message")).hasText("Din fasta läkarkontakt på Övertorneå hälsocentral är nu Karin Lindqvist.");
        page.navigate("/");
        assertThat(page.locator("#listningar ~ ul .card")).containsText("Karin Lindqvist");
        assertThat(page.locator("#byten ~ p").first().textContent()).isEqualTo(remaining);
        assertThat(soap.getListing("01", person).xml()).contains("Karin Lindqvist");
    }
}
