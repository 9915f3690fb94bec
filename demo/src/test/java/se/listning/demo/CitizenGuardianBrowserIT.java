package se.listning.demo;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static se.listning.demo.TestPopulation.unit;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/**
 * A guardian acts for a child with two guardians: the first guardian's choice waits for the second's
 * (ERROR_GUARDIAN_CONSENT_NEEDED), the second guardian's same choice lists the child; nobody can act for a child
 * who is not theirs.
 */
class CitizenGuardianBrowserIT extends CitizenBrowserIT {

    static final String TK02 = "Huvud- axlar- knä- och tåspecialisten";

    @Test
    void bothGuardiansMustMakeTheSameChoiceForTheChild() {
        TestPopulation.Family family = population.family("01", "Tvåvårdsson");

        actAsGuardianFor(family.firstGuardian(), "Lo Tvåvårdsson");
        accessible();
        choose(TK02);
        assertThat(page.getByText("Gäller")).isVisible();
        button("Byt mottagning").click();
        assertThat(heading("Båda vårdnadshavarna behöver godkänna")).isVisible();
        assertThat(page.getByText("Den andra vårdnadshavaren behöver logga in och göra samma val.",
                new Page.GetByTextOptions().setExact(false))).isVisible();
        accessible();
        assertThat(soap.getListing("01", family.child()).listedAt()).isEmpty();

        context.clearCookies();
        actAsGuardianFor(family.secondGuardian(), "Lo Tvåvårdsson");
        choose(TK02);
        button("Byt mottagning").click();
        assertThat(heading("Ditt vårdval har ändrats")).isVisible();
        assertThat(page.getByText("Lo är nu listad på " + TK02 + " i Region Stockholm.")).isVisible();
        assertThat(soap.getListing("01", family.child()).listedAt()).containsExactly(unit("01", 2));
        page.navigate("/");
        assertThat(page.locator("#listningar ~ ul .card h3")).hasText(TK02);
    }

    @Test
    void nobodyCanActForAChildWhoIsNotTheirs() {
        TestPopulation.Family family = population.family("01", "Annansson");
        TestPopulation.Family other = population.family("01", "Främlingsson");
        signIn(family.firstGuardian());

        // the option's value is edited in the page to another family's child
        page.locator("#agera-for").evaluate("(s, id) => s.options[1].value = id", other.child());
        page.getByLabel("Du agerar för").selectOption(other.child());
        button("Byt person").click();

        assertThat(page.getByRole(AriaRole.ALERT).getByText("Du kan bara agera för dig själv och för barn som du är "
                + "vårdnadshavare för.")).isVisible();
        assertThat(page.locator(".acting-banner")).hasCount(0);
    }

    private void actAsGuardianFor(String guardian, String childName) {
        signIn(guardian);
        page.getByLabel("Du agerar för").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(childName));
        button("Byt person").click();
        assertThat(page.locator(".acting-banner")).containsText("Du agerar som vårdnadshavare för " + childName);
        assertThat(page.getByText("Här ser du var Lo är listad", new Page.GetByTextOptions().setExact(false))).isVisible();
    }

    private void choose(String unitName) {
        openUnit("01", unitName);
        button("Välj mottagningen").click();
        page.getByLabel("Jag godkänner").check();
    }
}
