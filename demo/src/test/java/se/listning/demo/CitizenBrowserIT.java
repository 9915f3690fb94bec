package se.listning.demo;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;

/**
 * Base of the citizen e-service's browser tests: the running federation ({@link CitizenFederation}), Debian's
 * Chromium driven by Playwright (one browser per JVM, a fresh context per test), an axe-core WCAG 2.1 AA scan
 * of every page a test checks ({@link #accessible()}), and screenshots kept under
 * target/screenshots/&lt;class&gt;/ as test artifacts.
 */
abstract class CitizenBrowserIT {

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("LISTNING_CHROMIUM", "/usr/bin/chromium"));
    private static Playwright playwright;
    private static Browser browser;

    protected static Federation federation;
    protected static TestPopulation population;
    protected static Soap soap;

    protected BrowserContext context;
    protected Page page;
    private String testName;
    private int shots;

    @BeforeAll
    static void federation() {
        federation = CitizenFederation.get();
        population = new TestPopulation(federation);
        soap = new Soap(federation.config().platformUrl());
    }

    private static synchronized Browser browser() {
        if (browser == null) {
            if (!Files.isExecutable(CHROMIUM)) {
                throw new IllegalStateException("Chromium is missing at " + CHROMIUM
                        + ": run scripts/install-chromium.sh (apt-get install chromium) or set LISTNING_CHROMIUM");
            }
            playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(CHROMIUM)
                    .setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                            "--disable-background-networking", "--disable-component-update", "--disable-sync")));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                browser.close();
                playwright.close();
            }));
        }
        return browser;
    }

    @BeforeEach
    void openBrowserContext(TestInfo info) {
        testName = info.getTestMethod().map(m -> m.getName()).orElse("test");
        shots = 0;
        context = browser().newContext(new Browser.NewContextOptions().setLocale("sv-SE")
                .setBaseURL(federation.citizenUrl()));
        page = context.newPage();
        page.setDefaultTimeout(20_000);
    }

    @AfterEach
    void closeBrowserContext() {
        shot("end");
        context.close();
    }

    /** The staff tool of a region, signed in as Vårdvalsbehörig, in a browser context of its own. */
    protected StaffTool staffTool(String county) {
        return new StaffTool(browser(), federation.config().regionUrl(county));
    }

    /** Signs in with the test sign-in by typing the personnummer; lands on "Vårdval". */
    protected void signIn(String personnummer) {
        page.navigate("/logga-in");
        page.getByLabel("Personnummer").fill(personnummer);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logga in").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Vårdval").setExact(true)))
                .isVisible();
    }

    /** Opens "Välj/ändra vårdval", searches the region (and unit name) and opens the unit's page. */
    protected void openUnit(String county, String unitName) {
        page.navigate("/valj");
        page.getByLabel("Region", new Page.GetByLabelOptions().setExact(true)).selectOption(county);
        page.getByLabel("Mottagningens namn (valfritt)").fill(unitName);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sök")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(unitName).setExact(true)).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(unitName).setLevel(1))).isVisible();
    }

    protected Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    protected Locator heading(String name) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setLevel(1));
    }

    /** The page passes an axe-core scan for WCAG 2.0/2.1 A and AA (and keeps a screenshot). */
    protected void accessible() {
        shot("page");
        AxeResults results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze();
        assertThat(results.getViolations())
                .as(() -> page.url() + ": " + results.getViolations().stream()
                        .map(v -> v.getId() + " (" + v.getHelp() + ") at " + v.getNodes().stream()
                                .map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                        .collect(Collectors.joining("; ")))
                .isEmpty();
    }

    /** Keeps a screenshot under target/screenshots/&lt;class&gt;/. */
    protected void shot(String name) {
        Path dir = Path.of("target", "screenshots", getClass().getSimpleName());
        try {
            Files.createDirectories(dir);
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(dir.resolve(testName + "-" + String.format("%02d", ++shots) + "-" + name + ".png")));
        } catch (Exception e) {
            // a screenshot is an artifact, never a reason to fail
        }
    }
}
