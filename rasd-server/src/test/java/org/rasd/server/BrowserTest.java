package org.rasd.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rasd.core.model.Document;

/** The workbench in a real browser: Debian's chromium, headless, driven by Selenium through /usr/bin/chromedriver. */
class BrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SHOTS = Path.of("target", "screenshots");
    static Path profile;
    static ChromeDriver browser;
    @TempDir
    Path dir;
    TestServer ts;

    @BeforeAll
    static void openBrowser() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "chromium is not installed (apt-get install chromium chromium-driver fonts-noto-core)");
        profile = Files.createTempDirectory("rasd-chromium");
        Files.createDirectories(SHOTS);
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toFile());
        o.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic", "--disable-dev-shm-usage", "--window-size=1400,1000",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, o);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void closeBrowser() throws Exception {
        if (browser != null) browser.quit();
        if (profile != null) {
            try (var s = Files.walk(profile)) {
                s.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @BeforeEach
    void start() {
        ts = new TestServer(dir, Workbench.Extraction.of(TestServer.extractor()));
    }

    @AfterEach
    void stop() {
        ts.close();
    }

    WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    static void shot(String name) throws Exception {
        File f = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(f.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    static void setText(WebElement area, String text) {
        ((JavascriptExecutor) browser).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", area, text);
    }

    @Test
    void pasteTheSeedReadItFollowAnActor() throws Exception {
        String seed = Files.readString(Path.of(System.getProperty("rasd.shared", "../../shared"), "corpus", "seed-000.txt"));
        browser.get(ts.base + "/");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Dashboard");
        browser.findElement(By.linkText("Paste an article")).click();
        waiting().until(d -> d.getCurrentUrl().endsWith("/paste"));
        setText(browser.findElement(By.id("paste-text")), seed);
        browser.findElement(By.id("paste-extract")).click();
        waiting().until(d -> !d.findElements(By.cssSelector("#paste-result .article-text .m")).isEmpty());
        assertThat(browser.findElements(By.cssSelector("#paste-result .card"))).isNotEmpty();
        shot("paste");

        browser.findElement(By.id("paste-save")).click();
        waiting().until(d -> d.getCurrentUrl().contains("/articles/"));
        waiting().until(d -> !d.findElements(By.cssSelector("#article-text .m")).isEmpty());
        List<WebElement> mentions = browser.findElements(By.cssSelector("#article-text .m"));
        assertThat(mentions.size()).isGreaterThan(5);
        assertThat(browser.findElement(By.id("article-text")).getAttribute("dir")).isEqualTo("rtl");
        assertThat(browser.findElements(By.cssSelector("#article-text .t"))).isNotEmpty();
        List<WebElement> cards = browser.findElements(By.cssSelector(".cards-col .card"));
        assertThat(cards).isNotEmpty();
        assertThat(cards.get(0).findElement(By.cssSelector(".cat")).getText()).isNotBlank();
        assertThat(cards.get(0).getText()).contains("→").contains("rule");
        assertThat(browser.findElement(By.cssSelector(".quality")).getText()).contains("Quality");
        shot("article");

        WebElement actor = browser.findElement(By.cssSelector("#article-text a.m[data-code='MAR']"));
        actor.click();
        waiting().until(d -> d.getCurrentUrl().endsWith("/actors/MAR"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("MAR");
        waiting().until(d -> !d.findElements(By.cssSelector("#chart-actor")).isEmpty());
        shot("actor");

        browser.get(ts.base + "/");
        waiting().until(d -> ((JavascriptExecutor) d).executeScript("return typeof Chart !== 'undefined' && Chart.getChart('chart-volume') != null").equals(Boolean.TRUE));
        shot("dashboard");

        browser.get(ts.base + "/events");
        assertThat(browser.findElements(By.cssSelector("#events-table tbody tr"))).isNotEmpty();
        new Select(browser.findElement(By.name("category"))).selectByValue("CONSULT");
        browser.findElement(By.cssSelector("form.filters button[type=submit]")).click();
        waiting().until(d -> d.getCurrentUrl().contains("category=CONSULT"));
        for (WebElement c : browser.findElements(By.cssSelector("#events-table tbody .cat"))) assertThat(c.getText()).isEqualTo("CONSULT");
        shot("events");

        browser.get(ts.base + "/network");
        waiting().until(d -> ((JavascriptExecutor) d).executeScript("return window.rasdNetwork ? window.rasdNetwork.nodes().length : 0") instanceof Long n && n > 1);
        shot("network");
    }

    @Test
    void scriptAndOnerrorInAnArticleShowAsTextAndNeverRun() throws Exception {
        String evil = "قال المغرب <script>window.__xss = 1</script> ثم <img src=x onerror=\"window.__xss = 2\"> و<svg onload=\"window.__xss=3\"></svg>.";
        Document d = Docs.doc("evil", "2026-02-02", "<script>window.__xss=4</script>عنوان", evil).mention("المغرب", "MAR", "Morocco", "COUNTRY").build();
        ts.server.workbench().ingestDocument(d);
        browser.get(ts.base + "/articles/evil");
        WebElement text = browser.findElement(By.id("article-text"));
        assertThat(text.getText()).contains("<script>window.__xss = 1</script>").contains("onerror=\"window.__xss = 2\"");
        assertThat(text.findElements(By.tagName("img"))).isEmpty();
        assertThat(text.findElements(By.tagName("script"))).isEmpty();
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("<script>");
        Thread.sleep(300);
        assertThat(((JavascriptExecutor) browser).executeScript("return typeof window.__xss")).isEqualTo("undefined");

        browser.get(ts.base + "/paste");
        setText(browser.findElement(By.id("paste-text")), evil);
        browser.findElement(By.id("paste-extract")).click();
        waiting().until(d2 -> !d2.findElements(By.cssSelector("#paste-result .article-text")).isEmpty());
        WebElement live = browser.findElement(By.cssSelector("#paste-result .article-text"));
        assertThat(live.getText()).contains("<script>window.__xss = 1</script>");
        assertThat(live.findElements(By.tagName("img"))).isEmpty();
        Thread.sleep(300);
        assertThat(((JavascriptExecutor) browser).executeScript("return typeof window.__xss")).isEqualTo("undefined");
        shot("xss");
    }

    @Test
    void watchlistFiresOnTheNextIngestAndShowsLive() throws Exception {
        browser.get(ts.base + "/watchlists");
        browser.findElement(By.id("watch-name")).sendKeys("Morocco threatened");
        browser.findElement(By.cssSelector("#watch-form input[name=actor]")).sendKeys("MAR");
        WebElement either = browser.findElement(By.cssSelector("#watch-form input[name=either]"));
        if (!either.isSelected()) either.click();
        Select cats = new Select(browser.findElement(By.cssSelector("#watch-form select[name=category]")));
        cats.selectByValue("THREATEN");
        cats.selectByValue("ASSAULT");
        browser.findElement(By.id("watch-save")).click();
        waiting().until(d -> !d.findElements(By.cssSelector("#watchlists tr td")).isEmpty());
        assertThat(browser.findElement(By.id("watchlists")).getText()).contains("Morocco threatened").contains("involving MAR").contains("THREATEN");
        // the page is open and listening; an article is ingested elsewhere
        waiting().until(d -> ts.server.sseClients() > 0);
        for (Document d : Docs.corpus()) ts.server.workbench().ingestDocument(d);
        waiting().until(d -> !d.findElements(By.cssSelector("#matches li")).isEmpty());
        assertThat(browser.findElement(By.id("matches")).getText()).contains("THREATEN").contains("DZA");
        assertThat(browser.findElements(By.cssSelector("#matches li"))).hasSize(1);
        assertThat(browser.findElement(By.id("alerts")).getText()).contains("Morocco threatened");
        shot("watchlist");
        browser.navigate().refresh();
        assertThat(browser.findElements(By.cssSelector("#matches li"))).hasSize(1);
    }
}
