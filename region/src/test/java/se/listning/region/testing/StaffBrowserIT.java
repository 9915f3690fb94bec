package se.listning.region.testing;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.springframework.beans.factory.annotation.Autowired;
import se.listning.region.staff.security.StaffUser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Base of the staff tool's browser tests: Debian's Chromium (/usr/bin/chromium, installed by .ci/run
 * when missing) driven by Playwright, one browser per JVM, a fresh context (cookies) per test.
 * {@link #shot(String)} keeps a screenshot under target/screenshots/&lt;class&gt;/ as a test artifact.
 */
public abstract class StaffBrowserIT extends RegionIT {

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("LISTNING_CHROMIUM", "/usr/bin/chromium"));
    private static Playwright playwright;
    private static Browser browser;

    @Autowired
    protected StaffFixtures staff;

    protected BrowserContext context;
    protected Page page;
    private String testName;

    private static synchronized Browser browser() {
        if (browser == null) {
            if (!Files.isExecutable(CHROMIUM)) {
                throw new IllegalStateException("Chromium is missing at " + CHROMIUM
                        + ": run .ci/install-chromium (apt-get install chromium) or set LISTNING_CHROMIUM");
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
        context = browser().newContext(new Browser.NewContextOptions().setLocale("sv-SE").setBaseURL(baseUrl()));
        page = context.newPage();
        page.setDefaultTimeout(15_000);
    }

    @AfterEach
    void closeBrowserContext() {
        shot("end");
        context.close();
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }

    /** Signs in through the login page and waits for the start page. */
    protected void login(StaffUser user) {
        page.navigate("/staff/login");
        page.getByLabel("Användarnamn").fill(user.username());
        page.getByLabel("Lösenord").fill(StaffFixtures.PASSWORD);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Logga in")).click();
        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.NAVIGATION,
                new Page.GetByRoleOptions().setName("Huvudmeny"))).isVisible();
    }

    /** The main menu (links by their Swedish names: menu().getByRole(LINK, …)). */
    protected com.microsoft.playwright.Locator menu() {
        return page.getByRole(com.microsoft.playwright.options.AriaRole.NAVIGATION,
                new Page.GetByRoleOptions().setName("Huvudmeny"));
    }

    /** Saves a full-page screenshot as target/screenshots/&lt;TestClass&gt;/&lt;test&gt;-&lt;name&gt;.png. */
    protected void shot(String name) {
        Path file = Path.of("target", "screenshots", getClass().getSimpleName(), testName + "-" + name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
    }
}
