package dev.rounds.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The preview as an author sees it, in headless Chromium: pages render, a saved post reloads the open page by itself,
 * a broken post shows its problems and recovers, and the pages pass axe-core's serious and critical checks.
 * Screenshots go to {@code target/screenshots/}. Needs Debian's chromium and chromium-driver and axe-core
 * ({@code .ci/browser-setup.sh} installs them); without them the tests are skipped, saying so.
 */
@Tag("browser")
class PreviewInBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path MODULE = Path.of(System.getProperty("basedir", ".")).toAbsolutePath();
    private static final Path AXE = MODULE.resolve("src/test/browser/node_modules/axe-core/axe.min.js");
    private static final Path SCREENSHOTS = MODULE.resolve("target/screenshots");

    private static final String POST = "/2025/02/hyperkalemia-five-steps/";
    private static final String POST_FILE = "2025-02-03-hyperkalemia-five-steps.md";
    private static final String TITLE = "Hyperkalemia on the wards: five steps, in order";

    /** Kept so that it is not collected: Selenium warns at length that it has no CDP for a Chromium this new. */
    private static final java.util.logging.Logger SELENIUM_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium");

    private static ChromeDriverService service;
    private static WebDriver browser;
    private static Path profile;

    @TempDir
    Path temp;

    private PreviewFixture preview;

    @BeforeAll
    static void openBrowser() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Skipping the browser tests: /usr/bin/chromium or /usr/bin/chromedriver is missing. "
                        + "Run .ci/browser-setup.sh to install them.");
        SELENIUM_LOG.setLevel(java.util.logging.Level.SEVERE);
        // The driver is given explicitly, so Selenium Manager has nothing to look up or download.
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
        profile = Files.createTempDirectory("rounds-chromium-profile");
        service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,1000", "--user-data-dir=" + profile);
        browser = new ChromeDriver(service, options);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
        if (service != null) {
            service.stop();
        }
        if (profile != null) {
            PreviewFixture.deleteTree(profile);
        }
    }

    @BeforeEach
    void startPreview() {
        preview = new PreviewFixture(temp, PreviewStage.NONE);
    }

    @AfterEach
    void stopPreview() {
        preview.close();
    }

    @Test
    void homePostAndCampaignPreviewRender() throws IOException {
        open("/");
        assertEquals("Rounds Notes", browser.getTitle());
        assertTrue(text("main").contains("Hand hygiene: the five moments, and the one we keep missing"), text("main"));
        screenshot("home");

        open(POST);
        assertEquals(TITLE, text("article.post h1"));
        screenshot("post");

        open("/_rounds/campaign/");
        assertTrue(text("main").contains("The tweet series for your posts appears here after rounds:campaign"),
                text("main"));
        screenshot("campaign");
    }

    @Test
    void draftsAndFuturePostsAreShownWithABanner() throws IOException {
        open("/");
        assertTrue(text("main").contains("Moving from troughs to AUC for vancomycin"), "the draft is listed");
        open("/2025/09/vancomycin-auc-monitoring/");
        assertEquals("Draft: not published. Shown only in preview.", text("p.banner"));
        screenshot("draft");
        open("/2027/06/heat-waves-and-the-medication-list/");
        assertEquals("Scheduled: not visible until its publish date. Shown only in preview.", text("p.banner"));
    }

    @Test
    void savingAPostReloadsTheOpenPageByItself() throws IOException {
        open(POST);
        markPage();
        String renamed = "Hyperkalemia on the wards: six steps, in order";
        Path post = preview.post(POST_FILE);
        String source = PreviewFixture.read(post);

        long savedAt = System.currentTimeMillis();
        PreviewFixture.save(post, source.replace(TITLE, renamed));
        // No navigation from here on: only the page's own live-reload script can bring the new title.
        new WebDriverWait(browser, Duration.ofSeconds(2), Duration.ofMillis(10))
                .until(ExpectedConditions.textToBe(By.cssSelector("article.post h1"), renamed));
        long shownAt = System.currentTimeMillis();
        long reloadStartedAt = Math.round(((Number) script("return performance.timeOrigin;")).doubleValue());

        assertNull(script("return window.roundsTestMark;"), "the page was reloaded, not changed in place");
        System.out.println("Save to reload: the page started reloading " + (reloadStartedAt - savedAt)
                + " ms after the save and showed the new title after " + (shownAt - savedAt) + " ms.");
        screenshot("post-after-save");
    }

    @Test
    void aBrokenPostShowsItsProblemInTheOpenPageAndFixingItRecovers() throws IOException {
        open(POST);
        markPage();
        Path post = preview.post(POST_FILE);
        String source = PreviewFixture.read(post);

        PreviewFixture.save(post, source.replace("tags: [nephrology, electrolytes, emergencies]",
                "tags: [nephrology, electrolytes, emergencies"));
        waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("ol.problems"),
                POST_FILE + ":8"));
        assertTrue(text("ol.problems").contains("The YAML front matter is broken"), text("ol.problems"));
        assertTrue(text("ol.problems").contains("Fix:"), "it says how to fix it");
        screenshot("broken-post");

        PreviewFixture.save(post, source);
        waitUntil(ExpectedConditions.textToBe(By.cssSelector("article.post h1"), TITLE));
        screenshot("fixed-post");
    }

    @Test
    void pagesHaveNoSeriousOrCriticalAccessibilityViolations() throws IOException {
        assumeTrue(Files.isRegularFile(AXE), "Skipping the accessibility checks: " + AXE
                + " is missing. Run .ci/browser-setup.sh to install axe-core.");
        List<String> serious = new ArrayList<>();
        for (String page : List.of("/", POST, "/2025/09/vancomycin-auc-monitoring/", "/tags/", "/archive/",
                "/no/such/page/", "/_rounds/campaign/")) {
            open(page);
            serious.addAll(axe(page));
        }
        Path post = preview.post(POST_FILE);
        PreviewFixture.save(post, PreviewFixture.read(post).replace("tags: [nephrology, electrolytes, emergencies]",
                "tags: [nephrology"));
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector("ol.problems")));
        serious.addAll(axe("the problems page"));
        assertEquals(List.of(), serious);
    }

    /** Runs axe-core on the open page, prints every violation, and returns the serious and critical ones. */
    private List<String> axe(String page) throws IOException {
        ((JavascriptExecutor) browser).executeScript(Files.readString(AXE));
        Object result = ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {resultTypes: ['violations']})"
                        + ".then(r => done(JSON.stringify(r.violations)), e => done('axe failed: ' + e));");
        String json = String.valueOf(result);
        assertTrue(json.startsWith("["), json);
        List<String> serious = new ArrayList<>();
        JsonNode violations = new ObjectMapper().readTree(json);
        System.out.println("axe on " + page + ": " + violations.size() + " violation(s)");
        for (JsonNode violation : violations) {
            String impact = violation.path("impact").asText();
            List<String> targets = new ArrayList<>();
            violation.path("nodes").forEach(node -> targets.add(node.path("target").toString()));
            String line = page + ": " + impact + " " + violation.path("id").asText() + " ("
                    + violation.path("help").asText() + ") at " + targets;
            System.out.println("  " + line);
            if (impact.equals("serious") || impact.equals("critical")) {
                serious.add(line);
            }
        }
        return serious;
    }

    private void open(String path) {
        browser.get(preview.url(path).toString());
    }

    /** A mark that only a reload clears: proves the page changed because it reloaded itself. */
    private static void markPage() {
        script("window.roundsTestMark = true;");
    }

    private static Object script(String code) {
        return ((JavascriptExecutor) browser).executeScript(code);
    }

    private static String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    /** For rebuilds whose speed is not what is tested: generous, so that a slow machine does not fail them. */
    private static <T> void waitUntil(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(15), Duration.ofMillis(50)).until(condition);
    }

    private static void screenshot(String name) throws IOException {
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.move(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
