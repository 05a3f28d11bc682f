package org.careroute.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven by its own chromedriver: no browser is downloaded. Each test
 * gets a fresh profile; {@link #close()} saves a screenshot of the last page under {@code
 * target/screenshots}, for people to look at.
 */
final class Browser implements AutoCloseable {

  static final Dimension PHONE = new Dimension(412, 915);
  static final Dimension DESK = new Dimension(1366, 1000);
  private static final int MAX_SCREENSHOT_HEIGHT = 5000;

  private static final Path CHROMIUM =
      Path.of(System.getProperty("careroute.browser.chromium", "/usr/bin/chromium"));
  private static final Path CHROMEDRIVER =
      Path.of(System.getProperty("careroute.browser.chromedriver", "/usr/bin/chromedriver"));
  private static final Path SCREENSHOTS =
      Path.of(System.getProperty("careroute.browser.screenshots", "target/screenshots"));

  final WebDriver driver;
  final Path downloads;
  private final URL base;
  private final String name;
  private final Path profile;

  /** Skips the calling test, saying why, where no Chromium is installed. */
  static void requireChromium() {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!installed) {
      System.err.println(
          "SKIPPED browser tests: no "
              + CHROMIUM
              + " and "
              + CHROMEDRIVER
              + " (install Debian's chromium and chromium-driver; .ci/run does)");
    }
    Assumptions.assumeTrue(
        installed,
        "Browser tests skipped: "
            + CHROMIUM
            + " or "
            + CHROMEDRIVER
            + " is not installed"
            + " (apt-get install chromium chromium-driver)");
  }

  Browser(URL base, String name, Dimension size) {
    this.base = base;
    this.name = name;
    try {
      this.profile = Files.createTempDirectory("careroute-chromium");
      this.downloads =
          Files.createDirectories(Path.of("target", "downloads", name)).toAbsolutePath();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    // The flags keep Chromium from reaching for Google's services, which a closed network refuses.
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--user-data-dir=" + profile);
    Map<String, Object> preferences = new HashMap<>();
    preferences.put("download.default_directory", downloads.toString());
    preferences.put("download.prompt_for_download", false);
    options.setExperimentalOption("prefs", preferences);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    this.driver = new ChromeDriver(service, options);
    driver.manage().window().setSize(size);
  }

  void open(String page) {
    driver.get(base.toString().replaceAll("/$", "") + "/" + page);
  }

  WebElement find(By by) {
    return waitFor(ExpectedConditions.visibilityOfElementLocated(by));
  }

  List<WebElement> all(By by) {
    return driver.findElements(by);
  }

  void type(String id, String text) {
    WebElement field = find(By.id(id));
    field.clear();
    field.sendKeys(text);
  }

  /** Sets a value the way a date or time picker would, which typing cannot do in every locale. */
  void setValue(String id, String value) {
    ((JavascriptExecutor) driver)
        .executeScript(
            "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'));",
            find(By.id(id)),
            value);
  }

  void chooseValue(String id, String value) {
    waitFor(
        d ->
            new Select(d.findElement(By.id(id)))
                .getOptions().stream().anyMatch(o -> value.equals(o.getAttribute("value"))));
    new Select(find(By.id(id))).selectByValue(value);
  }

  void click(By by) {
    waitFor(ExpectedConditions.elementToBeClickable(by)).click();
  }

  /** Waits until the text shows up in the element (such as a form's status line). */
  void waitForText(By by, String text) {
    waitFor(ExpectedConditions.textToBePresentInElementLocated(by, text));
  }

  <T> T waitFor(Function<WebDriver, T> condition) {
    return waitFor(condition, Duration.ofSeconds(20));
  }

  <T> T waitFor(Function<WebDriver, T> condition, Duration timeout) {
    return new WebDriverWait(driver, timeout).until(condition::apply);
  }

  /** Answers OK to the page's confirm() question, as a person clicking OK would. */
  void acceptConfirmation() {
    waitFor(ExpectedConditions.alertIsPresent()).accept();
  }

  /** Logs in through the login page, as a person would. */
  void logIn(Api.Login login) {
    open("index.html");
    type("login-email", login.login());
    type("login-password", login.password());
    click(By.cssSelector("#login button[type=submit]"));
  }

  /** Saves what the patient sees now, the whole page, as {@code name}.png for people to look at. */
  void screenshot(String shotName) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Dimension window = driver.manage().window().getSize();
      long height =
          (Long)
              ((JavascriptExecutor) driver)
                  .executeScript("return document.documentElement.scrollHeight");
      driver
          .manage()
          .window()
          .setSize(new Dimension(window.getWidth(), (int) Math.min(height, MAX_SCREENSHOT_HEIGHT)));
      Path shot = ((ChromeDriver) driver).getScreenshotAs(OutputType.FILE).toPath();
      Files.copy(shot, SCREENSHOTS.resolve(shotName + ".png"), StandardCopyOption.REPLACE_EXISTING);
      driver.manage().window().setSize(window);
    } catch (IOException | RuntimeException e) {
      System.err.println("No screenshot of " + shotName + ": " + e);
    }
  }

  @Override
  public void close() {
    try {
      screenshot(name);
    } finally {
      driver.quit();
    }
  }
}
