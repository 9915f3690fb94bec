package se.listning.demo;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static se.listning.demo.TestPopulation.unit;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The resident's main paths in the e-service against the running federation: list in the home region, list in
 * another region (consent, care-guarantee dialog), move on to a third region and return home; each change is
 * checked in the regions themselves over SOAP.
 */
class CitizenListingBrowserIT extends CitizenBrowserIT {

    static final String TK01 = "Övertorneå hälsocentral";
    static final String TK02 = "Huvud- axlar- knä- och tåspecialisten";

    @Test
    void listsInTheHomeRegion() {
        String person = population.resident("01");
        signIn(person);
        assertThat(page.getByText("Du är inte listad på någon mottagning.")).isVisible();
        accessible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Välj/ändra vårdval").setExact(true)).first().click();
        assertThat(page.getByLabel("Region", new Page.GetByLabelOptions().setExact(true))).hasValue("01");
        button("Sök").click();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(TK01).setExact(true))).isVisible();
        accessible();
        openUnit("01", TK01);
        accessible();
        button("Välj mottagningen").click();
        assertThat(heading("Ändra mitt vårdval")).isVisible();
        assertThat(page.getByLabel("Jag samtycker", new Page.GetByLabelOptions().setExact(false))).hasCount(0);

        button("Byt mottagning").click(); // the terms are not accepted
        assertThat(page.getByRole(AriaRole.ALERT).getByText("Du behöver godkänna villkoren.")).isVisible();
        accessible();
        page.getByLabel("Jag godkänner").check();
        button("Byt mottagning").click();

        assertThat(heading("Ditt vårdval har ändrats")).isVisible();
        assertThat(page.getByText("Du är nu listad på " + TK01 + " i Region Stockholm.")).isVisible();
        accessible();
        assertThat(soap.getListing("01", person).listedAt()).containsExactly(unit("01", 1));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Till Vårdval")).click();
        assertThat(page.locator(".card h3")).hasText(TK01);
    }

    @Test
    void listsInAnotherRegionMovesToAThirdAndReturnsHome() {
        String person = population.resident("01");
        signIn(person);

        // flow 7: Dalarna, with consent and the care-guarantee confirmation
        openUnit("20", TK01);
        assertThat(page.getByText("Vårdgarantin gäller bara på mottagningar i din region.")).isVisible();
        button("Välj mottagningen").click();
        page.getByLabel("Jag godkänner").check();
        button("Byt mottagning").click(); // no consent yet
        assertThat(page.getByRole(AriaRole.ALERT)
                .getByText("Du behöver samtycka till att regionerna får utbyta listningsinformation.")).isVisible();
        page.getByLabel("Jag samtycker till att Region Stockholm får skicka listningsinformation till Region Dalarna").check();
        accessible();
        button("Byt mottagning").click();
        assertThat(heading("Vårdgarantin gäller bara i din hemregion")).isVisible();
        accessible();
        button("Jag förstår, byt mottagning").click();
        assertThat(page.getByText("Du är nu listad på " + TK01 + " i Region Dalarna.")).isVisible();
        TestPopulation.await("home region records the listing in 20", () -> soap.getListingCounty("01", person).counties(), List.of("20"));
        page.navigate("/");
        assertThat(page.locator(".card")).containsText("Region Dalarna");

        // flow 8: on to Västra Götaland; the consent names Dalarna, which is told to end its listing
        openUnit("14", TK01);
        button("Välj mottagningen").click();
        page.getByLabel("Jag godkänner").check();
        page.getByLabel("Jag samtycker till att Region Stockholm får skicka listningsinformation till "
                + "Västra Götalandsregionen och till Region Dalarna").check();
        button("Byt mottagning").click();
        button("Jag förstår, byt mottagning").click();
        assertThat(page.getByText("Du är nu listad på " + TK01 + " i Västra Götalandsregionen.")).isVisible();
        TestPopulation.await("home region records the listing in 14", () -> soap.getListingCounty("01", person).counties(), List.of("14"));
        TestPopulation.await("Dalarna ends its listing", () -> soap.getListing("20", person).listedAt(), List.of());

        // back home: no consent, no care-guarantee question
        openUnit("01", TK02);
        button("Välj mottagningen").click();
        assertThat(page.getByLabel("Jag samtycker", new Page.GetByLabelOptions().setExact(false))).hasCount(0);
        page.getByLabel("Jag godkänner").check();
        button("Byt mottagning").click();
        assertThat(page.getByText("Du är nu listad på " + TK02 + " i Region Stockholm.")).isVisible();
        TestPopulation.await("14 ends its listing", () -> soap.getListing("14", person).listedAt(), List.of());
        assertThat(soap.getListing("01", person).listedAt()).containsExactly(unit("01", 2));
        page.navigate("/");
        assertThat(page.locator(".card h3")).hasText(TK02);
        accessible();
    }
}
