package org.tidings.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web pages in headless Chromium, as a person would use them: search, an event, its article, the dyad
 * chart, the network and an upload. Screenshots go to target/screenshots.
 */
class BrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SHOTS = Path.of("target", "screenshots");

    static Fixture f;
    static ChromeDriver driver;
    static Path profile;

    @BeforeAll
    static void start() throws IOException {
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        assumeTrue(ci || (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)),
                "no /usr/bin/chromium and /usr/bin/chromedriver: browser tests skipped (they run on CI)");
        f = Fixture.get();
        Files.createDirectories(SHOTS);
        profile = Files.createTempDirectory("tidings-chromium");
        // An explicit driver and browser: Selenium Manager must not try to download anything.
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
    }

    private static String base() {
        return "http://127.0.0.1:" + f.server.port() + "/";
    }

    private static WebDriverWait waiting(int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds));
    }

    private static void shot(String name) throws IOException {
        File png = driver.getScreenshotAs(OutputType.FILE);
        Files.copy(png.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void searchOpenTheAccuseEventAndItsArticle() throws IOException {
        driver.manage().window().setSize(new Dimension(1280, 900));
        driver.get(base() + "#/search");
        WebElement box = waiting(20).until(ExpectedConditions.elementToBeClickable(By.name("q")));
        box.sendKeys("ambassador", Keys.ENTER);
        waiting(20).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#event-results li")));
        waiting(20).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#article-results li")));
        assertTrue(driver.findElement(By.id("article-results")).getText().toLowerCase().contains("ambassador"));
        assertFalse(driver.findElements(By.cssSelector("#article-results mark")).isEmpty(), "matches marked");
        shot("search");

        // The summons told by two articles (the seed and our Seoul example) is one ACCUSE event with two reports.
        List<WebElement> accuse = driver.findElements(By.xpath(
                "//ul[@id='event-results']/li[number(@data-reports) >= 2][.//span[contains(@class,'type') and text()='ACCUSE']]"));
        assertFalse(accuse.isEmpty(), "an ACCUSE event with two reports among the results: "
                + driver.findElement(By.id("event-results")).getText());
        int reportCount = Integer.parseInt(accuse.get(0).getAttribute("data-reports"));
        accuse.get(0).findElement(By.cssSelector("a.event-link")).click();
        WebElement trigger = waiting(20).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("blockquote.evidence mark.trigger")));
        assertFalse(trigger.getText().isBlank());
        String sentence = driver.findElement(By.cssSelector("blockquote.evidence")).getText();
        assertTrue(sentence.contains(trigger.getText()));
        assertTrue(driver.findElement(By.tagName("h1")).getText().contains("ACCUSE"));
        String reportedBy = driver.findElement(By.id("reported-by")).getText();
        String reports = driver.findElement(By.id("reports")).getText();
        assertTrue(reportedBy.contains("Yonhap") || reports.contains("Yonhap"),
                "Yonhap named as the source: " + reportedBy + " / " + reports);
        // Every report is listed with its outlet and certainty, and the decision that joined them with its reasons.
        List<WebElement> rows = driver.findElements(By.cssSelector("#reports tbody tr"));
        assertEquals(reportCount, rows.size(), driver.findElement(By.id("reports")).getText());
        assertTrue(driver.findElement(By.tagName("main")).getText().contains("Reports (" + reportCount + ")"));
        for (WebElement row : rows) {
            assertFalse(row.findElement(By.cssSelector("td.outlet")).getText().isBlank(), row.getText());
            assertFalse(row.findElement(By.cssSelector("td.certainty")).getText().isBlank(), row.getText());
            assertFalse(row.findElements(By.cssSelector("a[href^='#/article/']")).isEmpty(), row.getText());
        }
        assertTrue(rows.stream().map(r -> r.findElement(By.cssSelector("a[href^='#/article/']")).getAttribute("href"))
                .distinct().count() >= 2, "reports from two articles");
        List<WebElement> joined = driver.findElements(By.cssSelector("#decisions li.joined"));
        assertFalse(joined.isEmpty(), "the decision that joined the reports");
        assertFalse(joined.get(0).findElements(By.cssSelector("ul.reasons li")).isEmpty(), joined.get(0).getText());
        shot("event");

        driver.findElement(By.cssSelector("#reports a")).click();
        waiting(20).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#article-text .evt")));
        assertFalse(driver.findElements(By.cssSelector("#article-text .act")).isEmpty(), "actors marked");
        assertFalse(driver.findElements(By.cssSelector("#article-text .tim")).isEmpty(), "time expressions marked");
        shot("article");
    }

    @Test
    void dyadChartOfKoreaAndRussiaHasOctober2024() throws IOException {
        driver.manage().window().setSize(new Dimension(1280, 900));
        driver.get(base() + "#/dyad?source=KOR&target=RUS&interval=month");
        WebElement point = waiting(20).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#quad-chart g.point[data-period='2024-10-01']")));
        assertTrue(point.getAttribute("aria-label").startsWith("2024-10-01"));
        assertFalse(point.findElements(By.tagName("rect")).isEmpty(), "a bar for October 2024");
        assertEquals(1, driver.findElements(By.cssSelector("#series-table tr[data-period='2024-10-01']")).size());
        shot("dyad");

        driver.get(base() + "#/timeline?interval=month");
        waiting(20).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#quad-chart g.point")));
        shot("timeline");

        driver.get(base() + "#/network?level=country");
        waiting(20).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#network-graph g.node")));
        driver.findElement(By.cssSelector("#network-graph g.node")).sendKeys(Keys.ENTER);
        waiting(20).until(ExpectedConditions.urlContains("#/actor/"));
        waiting(20).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"), "Event types"));
        driver.get(base() + "#/network?level=country");
        waiting(20).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#network-graph g.node")));
        shot("network");
        driver.get(base() + "#/actor/KOR");
        waiting(20).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"), "Event types"));
        shot("actor");
    }

    @Test
    void uploadAnArticleAndFindItsEvent() throws IOException {
        driver.manage().window().setSize(new Dimension(1280, 900));
        driver.get(base() + "#/ingest");
        WebElement token = waiting(20).until(ExpectedConditions.elementToBeClickable(By.id("token")));
        token.clear();
        token.sendKeys(Fixture.TOKEN);
        Path file = Fixture.EXAMPLES.resolve("html/2023-10-19-canada-withdraws-diplomats-india.html").toAbsolutePath()
                .normalize();
        driver.findElement(By.id("files")).sendKeys(file.toString());
        driver.findElement(By.id("upload")).click();
        waiting(180).until(ExpectedConditions.textToBePresentInElementLocated(By.id("ingest-result"), "stored 1"));
        List<WebElement> events = driver.findElements(By.cssSelector("#ingest-result a[href^='#/event/']"));
        assertFalse(events.isEmpty(), "the uploaded article's events: " + driver.findElement(By.id("ingest-result")).getText());
        shot("ingest");
        events.get(0).click();
        waiting(20).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("blockquote.evidence")));
        assertTrue(driver.findElement(By.id("reports")).getText().contains("Canada")
                || driver.findElement(By.tagName("h1")).getText().contains("Canada")
                || driver.findElement(By.cssSelector("blockquote.evidence")).getText().contains("Canad"));
        shot("uploaded-event");
        // and the search finds it too
        driver.get(base() + "#/search?q=diplomats");
        waiting(20).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#article-results li")));
        assertTrue(driver.findElement(By.id("article-results")).getText().contains("Canada"));
    }

    @Test
    void pagesFitAPhoneAndShowEmptyAndErrorStates() throws IOException {
        driver.manage().window().setSize(new Dimension(390, 844));
        driver.get(base() + "#/search?q=ambassador");
        waiting(20).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#event-results li")));
        Long overflow = (Long) driver.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertTrue(overflow <= 0, "no sideways scrolling on a phone: " + overflow + " px too wide");
        shot("search-phone");
        driver.get(base() + "#/search?q=zzqqxxnothing");
        waiting(20).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".empty")));
        driver.get(base() + "#/event/nope-1");
        WebElement error = waiting(20).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".problem")));
        assertTrue(error.getText().contains("Not found"), error.getText());
        shot("error-phone");
        driver.manage().window().setSize(new Dimension(1280, 900));
    }
}
