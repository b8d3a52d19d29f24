package org.quotetrail.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.quotetrail.store.Backend;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The real pages in headless Chromium: from the stories to a story to a speaker, an article's
 * highlighted quotations, what a reader sees there, and hostile article text shown as text. Screenshots go to target/screenshots. Skips
 * when Debian's chromium and chromium-driver are not installed.
 */
class BrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  @TempDir static Path folder;
  private static SampleSite site;
  private static ChromeDriver browser;

  @BeforeAll
  static void start() throws IOException {
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
        "skipped: the browser test needs /usr/bin/chromium and /usr/bin/chromedriver"
            + " (apt-get install chromium chromium-driver)");
    site = SampleSite.start(folder, Backend.SQLITE);
    ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments(
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1200,900",
        "--user-data-dir=" + Files.createDirectories(folder.resolve("chromium-profile")));
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
        .usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
  }

  @AfterAll
  static void stop() throws java.sql.SQLException {
    if (browser != null) {
      browser.quit();
    }
    if (site != null) {
      site.close();
    }
  }

  @Test
  void aReaderGoesFromStoriesToAStoryToASpeakerAndSeesVariantDifferences() throws IOException {
    browser.get(site.base + "/");
    assertEquals("Stories · quotetrail", browser.getTitle());
    screenshot("stories");
    browser.findElement(By.linkText("Council leader accuses Quayside campaigners of \"scaremongering\" over estate plan")).click();
    assertEquals(3, browser.findElements(By.cssSelector("table.timeline td a")).size(), "three articles on the timeline");
    assertTrue(browser.findElement(By.cssSelector("table.timeline .badge")).getText().contains("first report"));
    assertWordDifferencesHighlighted();
    assertFalse(browser.findElements(By.cssSelector(".reply-pair")).isEmpty(), "statements paired with replies");
    screenshot("story");

    browser.findElement(By.cssSelector(".statement a.speaker[href*='Marcus']")).click();
    assertEquals("Marcus Penhallow · quotetrail", browser.getTitle());
    WebElement variants = browser.findElement(By.cssSelector("details.variants"));
    variants.findElement(By.tagName("summary")).click();
    assertWordDifferencesHighlighted();
    screenshot("speaker");
  }

  @Test
  void anArticleHighlightsEachQuotationInItsSpeakersColourWithDetailsOnFocus() throws IOException {
    browser.get(site.base + "/articles");
    browser.findElement(By.linkText("Council leader accuses Quayside campaigners of \"scaremongering\" over estate plan")).click();
    List<WebElement> quotes = browser.findElements(By.cssSelector(".article-body mark.quote"));
    assertTrue(quotes.size() >= 5, "quotations highlighted: " + quotes.size());
    WebElement other = quotes.stream()
        .filter(q -> !q.getAttribute("data-speaker").equals(quotes.get(0).getAttribute("data-speaker")))
        .findFirst().orElseThrow();
    assertFalse(other.getCssValue("background-color").equals(quotes.get(0).getCssValue("background-color")),
        "different speakers get different colours");
    WebElement quote = quotes.get(2);
    assertFalse(quote.findElement(By.cssSelector(".quote-info")).isDisplayed(), "details hidden at first");
    browser.executeScript("arguments[0].focus()", quote);
    WebElement info = quote.findElement(By.cssSelector(".quote-info"));
    assertTrue(info.isDisplayed(), "details shown on keyboard focus");
    assertTrue(info.getText().contains("confidence") && info.getText().contains("evidence"), info.getText());
    screenshot("article");
  }

  /** Words only in one wording are marked and coloured, and visible. */
  private static void assertWordDifferencesHighlighted() {
    List<WebElement> added = browser.findElements(By.cssSelector("ins.diff-added"));
    List<WebElement> removed = browser.findElements(By.cssSelector("del.diff-removed"));
    assertTrue(!added.isEmpty() && !removed.isEmpty(), "word differences marked");
    WebElement shown = added.stream().filter(WebElement::isDisplayed).findFirst().orElseThrow();
    assertFalse(shown.getCssValue("background-color").equals("rgba(0, 0, 0, 0)"), "added words highlighted");
  }

  @Test
  void hostileArticleTextIsShownAsTextAndRunsNothing() throws IOException {
    browser.get(site.base + "/search?q=harbour+board");
    browser.findElement(By.partialLinkText("Harbour board row")).click();
    assertNoAlert();
    assertEquals(SampleSite.HOSTILE_TITLE, browser.findElement(By.tagName("h1")).getText());
    String body = browser.findElement(By.cssSelector(".article-body")).getText();
    assertTrue(body.contains(SampleSite.IMAGE) && body.contains(SampleSite.SCRIPT), body);
    assertTrue(browser.findElements(By.cssSelector("main img, main script")).isEmpty());
    screenshot("hostile");
  }

  private static void assertNoAlert() {
    try {
      browser.switchTo().alert();
      throw new AssertionError("an alert was opened by article text");
    } catch (NoAlertPresentException expected) {
      // Nothing ran.
    }
  }

  private static void screenshot(String name) throws IOException {
    Path dir = Files.createDirectories(Path.of("target", "screenshots"));
    File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), dir.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }
}
