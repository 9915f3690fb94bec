package se.listning.demo;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static se.listning.demo.TestPopulation.unit;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/**
 * Every CreateListing result code reaches the resident as a clear Swedish message, with the region's own text
 * beside ours: the relisting cap, a full unit, an age limit, a plain ERROR and INFO. (Guardian consent is in
 * {@link CitizenGuardianBrowserIT}, technical errors in {@link CitizenRobustnessBrowserIT}.) The age limit and
 * the ERROR come from the region changing a doctor while the resident is on the confirmation page.
 */
class CitizenResultMessagesBrowserIT extends CitizenBrowserIT {

    static final String TK01 = "Övertorneå hälsocentral";
    static final String TK02 = "Huvud- axlar- knä- och tåspecialisten";

    @Test
    void theRelistingCapIsExplained() {
        String person = population.resident("01");
        assertThat(soap.createListing("01", person, unit("01", 1), "01").resultCode()).isEqualTo("OK");
        assertThat(soap.createListing("01", person, unit("01", 2), "01").resultCode()).isEqualTo("OK");
        assertThat(soap.createListing("01", person, unit("01", 1), "01").resultCode()).isEqualTo("OK");
        signIn(person);
        assertThat(page.getByText("0 gånger till")).isVisible();

        choose("01", TK02);

        assertThat(heading("Ditt vårdval har inte ändrats")).isVisible();
        assertThat(page.getByText("Du har redan bytt vårdcentral så många gånger som är tillåtet under de senaste "
                + "tolv månaderna.", new Page.GetByTextOptions().setExact(false))).isVisible();
        assertThat(page.locator(".region-text")).containsText("Meddelande från Region Stockholm:");
        accessible();
        assertThat(soap.getListing("01", person).listedAt()).containsExactly(unit("01", 1));
    }

    @Test
    void aFullUnitWithoutAQueueIsExplained() {
        String person = population.resident("01");
        assertThat(soap.createListing("01", person, unit("01", 2), "01").resultCode()).isEqualTo("OK");
        signIn(person);

        choose("01", "Vårdcentralen Fullsta");

        assertThat(heading("Ditt vårdval har inte ändrats")).isVisible();
        assertThat(page.getByText("Vårdcentralen Fullsta tar inte emot fler patienter just nu.",
                new Page.GetByTextOptions().setExact(false))).isVisible();
        assertThat(soap.getListing("01", person).listedAt()).containsExactly(unit("01", 2));
    }

    @Test
    void anAgeLimitSetWhileChoosingIsExplained() {
        String person = population.resident("01");
        signIn(person);
        openUnit("01", TK01);
        String doctor = page.getByLabel("Jonas Berg", new Page.GetByLabelOptions().setExact(false)).getAttribute("value");
        page.getByLabel("Jonas Berg", new Page.GetByLabelOptions().setExact(false)).check();
        button("Välj mottagningen").click();
        page.getByLabel("Jag godkänner").check();

        try (StaffTool staff = staffTool("01")) {
            staff.setDoctorMaxAge(doctor, 17); // meanwhile the region restricts the doctor to children
        }
        button("Byt mottagning").click();

        assertThat(heading("Valet gäller inte för din ålder")).isVisible();
        accessible();
        assertThat(soap.getListing("01", person).listedAt()).isEmpty();
    }

    @Test
    void aPlainErrorShowsTheRegionsExplanation() {
        String person = population.resident("14");
        signIn(person);
        openUnit("14", TK01);
        String doctor = page.getByLabel("Karin Lindqvist", new Page.GetByLabelOptions().setExact(false)).getAttribute("value");
        page.getByLabel("Karin Lindqvist", new Page.GetByLabelOptions().setExact(false)).check();
        button("Välj mottagningen").click();
        page.getByLabel("Jag godkänner").check();

        try (StaffTool staff = staffTool("14")) {
            staff.deactivateDoctor(doctor); // meanwhile the doctor stops taking patients
        }
        button("Byt mottagning").click();

        assertThat(heading("Ditt vårdval har inte ändrats")).isVisible();
        assertThat(page.getByText("Västra Götalandsregionen kunde inte genomföra ändringen.")).isVisible();
        assertThat(page.locator(".region-text")).containsText("läkare");
        assertThat(soap.getListing("14", person).listedAt()).isEmpty();
    }

    @Test
    void infoIsAlwaysShown() {
        String person = population.resident("01");
        assertThat(soap.createListing("01", person, unit("01", 2), "01").resultCode()).isEqualTo("OK");
        signIn(person);

        choose("01", TK02);

        assertThat(heading("Observera")).isVisible();
        assertThat(page.locator(".receipt-message")).containsText(TK02);
        accessible();
    }

    /** Opens the unit, chooses it without a doctor, accepts the terms and sends. */
    private void choose(String county, String unitName) {
        openUnit(county, unitName);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Välj mottagningen")).first().click();
        page.getByLabel("Jag godkänner").check();
        button("Byt mottagning").click();
    }
}
