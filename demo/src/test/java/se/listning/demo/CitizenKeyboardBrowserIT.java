package se.listning.demo;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static se.listning.demo.TestPopulation.unit;

import org.junit.jupiter.api.Test;

/**
 * The e-service by keyboard only: the skip link comes first and moves focus to the content, every control is
 * reached with Tab in reading order, check boxes toggle with Space, forms send with Enter, and after a failed
 * send the focus is on the error summary.
 */
class CitizenKeyboardBrowserIT extends CitizenBrowserIT {

    @Test
    void aChoiceCanBeMadeWithTheKeyboardAlone() {
        String person = population.resident("01");
        page.navigate("/logga-in");
        page.keyboard().press("Tab");
        assertThat(focused()).isEqualTo("Hoppa till innehållet");
        page.keyboard().press("Enter");
        assertThat(page.locator("#innehall")).isFocused();
        tabTo("personnummer");
        page.keyboard().type(person);
        page.keyboard().press("Enter");
        assertThat(heading("Vårdval")).isVisible();

        page.navigate("/valj/enhet?region=01&enhet=" + unit("01", 2));
        tabTo("Välj mottagningen");
        page.keyboard().press("Enter");
        assertThat(heading("Ändra mitt vårdval")).isVisible();
        tabTo("Byt mottagning");
        page.keyboard().press("Enter"); // the terms are not accepted yet
        assertThat(page.locator("#felsammanfattning")).isFocused();
        tabTo("villkor");
        page.keyboard().press("Space");
        tabTo("Byt mottagning");
        page.keyboard().press("Enter");
        assertThat(heading("Ditt vårdval har ändrats")).isVisible();
        assertThat(soap.getListing("01", person).listedAt()).containsExactly(unit("01", 2));
    }

    /** Presses Tab until the focused element has this id, name or text (at most 40 times). */
    private void tabTo(String target) {
        for (int i = 0; i < 40; i++) {
            page.keyboard().press("Tab");
            if (target.equals(focused())) {
                return;
            }
        }
        throw new AssertionError("Tab never reached " + target + "; last focus: " + focused());
    }

    private String focused() {
        return (String) page.evaluate("(() => { const e = document.activeElement;"
                + " return e.id || (e.textContent || '').trim() || e.name; })()");
    }
}
