package se.listning.demo;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static se.listning.demo.TestPopulation.unit;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.options.RequestOptions;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The e-service when regions fail: a region that is down or hangs shows what can be shown and says what cannot;
 * a change sent to a region that went down is a clear technical error; and a form is never sent twice, however
 * often it is clicked or posted again.
 */
class CitizenRobustnessBrowserIT extends CitizenBrowserIT {

    static final String TK01 = "Övertorneå hälsocentral";
    static final String TK02 = "Huvud- axlar- knä- och tåspecialisten";

    @Test
    void aRegionThatIsDownOrHangsIsNamedAndTheRestIsShown() {
        String person = population.resident("01");
        assertThat(soap.createListing("20", person, unit("20", 1), "01").resultCode()).isIn("OK", "INFO");
        TestPopulation.await("home region records the listing in 20", () -> soap.getListingCounty("01", person).counties(), List.of("20"));
        signIn(person);
        assertThat(page.locator("#listningar ~ ul .card")).containsText("Region Dalarna");

        federation.stopRegion("20");
        try {
            page.reload();
            assertThat(page.getByText("Region Dalarna svarar inte just nu. Vi kan därför inte visa vårdval där.",
                    new com.microsoft.playwright.Page.GetByTextOptions().setExact(false))).isVisible();
            assertThat(page.locator("#byten")).isVisible();
            accessible();

            page.navigate("/valj?region=20&text=");
            assertThat(heading("Region Dalarna svarar inte just nu")).isVisible();
            assertThat(page.getByText("Ingenting har ändrats.", new com.microsoft.playwright.Page.GetByTextOptions().setExact(false))).isVisible();
            accessible();
        } finally {
            federation.restartRegion("20");
        }

        federation.pauseRegion("20"); // hangs: the e-service waits at most its receive timeout
        try {
            page.navigate("/");
            assertThat(page.getByText("Region Dalarna svarar inte just nu.", new com.microsoft.playwright.Page.GetByTextOptions().setExact(false))).isVisible();
        } finally {
            federation.resumeRegion("20");
        }
    }

    @Test
    void aChangeToARegionThatWentDownIsATechnicalErrorAndChangesNothing() {
        String person = population.resident("01");
        assertThat(soap.createListing("01", person, unit("01", 2), "01").resultCode()).isEqualTo("OK");
        signIn(person);
        openUnit("14", TK01);
        button("Välj mottagningen").click();
        page.getByLabel("Jag godkänner").check();
        page.getByLabel("Jag samtycker", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(false)).check();
        button("Byt mottagning").click();
        assertThat(heading("Vårdgarantin gäller bara i din hemregion")).isVisible();

        federation.stopRegion("14");
        try {
            button("Jag förstår, byt mottagning").click();
            // the confirmation re-reads the unit first: the region's absence is told before anything is sent
            assertThat(heading("Västra Götalandsregionen svarar inte just nu")).isVisible();
            assertThat(page.locator("main")).containsText("Ingenting har ändrats");
            accessible();
        } finally {
            federation.restartRegion("14");
        }
        assertThat(soap.getListing("01", person).listedAt()).containsExactly(unit("01", 2));
        assertThat(soap.getListingCounty("01", person).counties()).containsExactly("01");
    }

    @Test
    void aDoubleClickOrARepeatedPostSendsTheChoiceOnce() {
        String person = population.resident("01");
        assertThat(soap.createListing("01", person, unit("01", 2), "01").resultCode()).isEqualTo("OK");
        signIn(person);
        openUnit("01", TK01);
        button("Välj mottagningen").click();
        page.getByLabel("Jag godkänner").check();
        String form = (String) page.locator("form.confirm").evaluate("f => new URLSearchParams(new FormData(f)).toString()");

        button("Byt mottagning").dblclick();

        // a second CreateListing would have answered INFO ("already listed"): the receipt is the first answer
        assertThat(heading("Ditt vårdval har ändrats")).isVisible();
        String receiptUrl = page.url();
        APIResponse again = page.request().post("/valj/bekrafta", RequestOptions.create()
                .setHeader("Content-Type", "application/x-www-form-urlencoded").setData(form));
        assertThat(again.url()).isEqualTo(receiptUrl);
        assertThat(again.text()).contains("Ditt vårdval har ändrats").doesNotContain("Observera");
        assertThat(soap.getListing("01", person).listedAt()).containsExactly(unit("01", 1));
    }
}
