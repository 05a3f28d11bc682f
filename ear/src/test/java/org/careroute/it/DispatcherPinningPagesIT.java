package org.careroute.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/**
 * A dispatcher pins a home visit on the desk page, as a dispatcher would: the pin shows (the button
 * turns to Unpin, the visit is outlined on the timeline and marked on the map), the patient's
 * promised window is what the page shows before and after a reload, and optimising and publishing
 * keep the visit where it is pinned and say it was published.
 */
class DispatcherPinningPagesIT extends DeployedApplication {

  private static final int DAY = 23;

  @BeforeEach
  void needsChromium() {
    Browser.requireChromium();
  }

  /** When the day's latest optimisation started, as the server tells it; empty when none did. */
  private String jobStartedAt(String planPath) {
    Api.Reply plan = api.get(planPath, Api.DISPATCHER);
    assertThat(plan.status()).as(plan.toString()).isEqualTo(200);
    JsonValue job = plan.json().get("job");
    return job instanceof JsonObject started ? started.getString("startedAt", "") : "";
  }

  private static String row(long id) {
    return "#assignments tr[data-appointment='" + id + "'] ";
  }

  private static By pinButton(long id) {
    return By.cssSelector(row(id) + "button.pin");
  }

  @Test
  void aDispatcherPinsAHomeVisitSeesThePinAndThePromiseAfterAReloadAndPublishesIt() {
    long clinic = practice.clinic(1);
    long treatment = practice.treatment(40, 20, "\"CLINIC\",\"HOME\"", "");
    long westNurse = practice.nurse("West Pin", "\"HOME_VISIT\"");
    practice.shift(
        westNurse, clinic, "FIELD", TestPractice.at(DAY, 8, 0), TestPractice.at(DAY, 17, 0));
    // West and east of the clinic by turns, booked while one nurse worked the field: optimising
    // has something to move once a second nurse is on shift.
    List<JsonObject> visits = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      double longitude = TestPractice.LON + (i % 2 == 0 ? -0.12 : 0.12);
      Api.Login patient = practice.clearedPatientAt("Pinned " + i, TestPractice.LAT, longitude);
      Api.Reply booked =
          api.post(
              "api/appointments",
              """
          {"treatmentId":%d,"setting":"HOME","clinicId":%d,"windowStart":"%s"}"""
                  .formatted(
                      treatment, clinic, TestPractice.iso(TestPractice.at(DAY, 8 + i * 2, 0))),
              patient);
      assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
      visits.add(booked.json());
    }
    long eastNurse = practice.nurse("East Pin", "\"HOME_VISIT\"");
    practice.shift(
        eastNurse, clinic, "FIELD", TestPractice.at(DAY, 8, 0), TestPractice.at(DAY, 17, 0));
    JsonObject first = visits.get(0);
    long id = first.getJsonNumber("id").longValue();
    String promise = "08:00–10:00";
    String date = TestPractice.at(DAY, 0, 0).toLocalDate().toString();
    String page = "dispatcher.html?clinic=" + clinic + "&day=" + date;

    try (Browser browser = new Browser(base, "dispatcher-pins-a-visit", Browser.DESK)) {
      browser.logIn(Api.DISPATCHER);
      browser.waitFor(d -> d.getCurrentUrl().endsWith("dispatcher.html"));
      browser.open(page);
      browser.waitFor(d -> d.findElements(By.cssSelector("path.stop-marker")).size() == 4);
      WebElement button = browser.find(pinButton(id));
      assertThat(button.getText()).isEqualTo("Pin");
      assertThat(button.getAttribute("aria-pressed")).isEqualTo("false");
      assertThat(browser.find(By.cssSelector(row(id))).getText()).contains(promise);
      String bookedStart = startIn(browser, id);

      browser.click(pinButton(id));
      browser.waitForText(By.cssSelector("#pins-form .form-status"), " pinned: re-planning");
      assertThat(browser.find(By.cssSelector("#pins-form .form-status")).getText())
          .as("the visit in the practice's words, not its database id")
          .startsWith("Home visit P")
          .doesNotContain("Booking " + id);
      showsThePin(browser, id, promise);
      assertThat(startIn(browser, id)).as("pinned where it is booked").isEqualTo(bookedStart);

      // A reload shows what is stored: still pinned, still the patient's promise, not the minute.
      browser.open(page);
      browser.waitFor(d -> d.findElements(By.cssSelector("path.stop-marker")).size() == 4);
      showsThePin(browser, id, promise);
      assertThat(browser.find(By.cssSelector(row(id))).getText())
          .doesNotContain("promised " + bookedStart + "–" + bookedStart);

      String planPath = "api/plans/" + clinic + "/" + date;
      String jobBefore = jobStartedAt(planPath);
      browser.click(By.id("optimise"));
      // A small day can be solved between two looks at the page: a job started after the click
      // counts as much as seeing it solve.
      browser.waitFor(
          d ->
              d.findElement(By.id("plan-status")).getText().startsWith("Solving")
                  || !jobStartedAt(planPath).equals(jobBefore));
      browser.waitFor(
          d -> d.findElement(By.id("plan-status")).getText().startsWith("Solved"),
          Duration.ofSeconds(90));
      showsThePin(browser, id, promise);
      assertThat(startIn(browser, id)).as("optimising kept it").isEqualTo(bookedStart);

      // Unpinned and pinned again on the finished plan, which has the visit where it is booked:
      // the button and the outline follow, and the plan stays to be published.
      browser.click(pinButton(id));
      buttonReads(browser, id, "Pin");
      assertThat(browser.find(pinButton(id)).getAttribute("aria-pressed")).isEqualTo("false");
      assertThat(browser.all(By.cssSelector("#timeline .block.pinned"))).isEmpty();
      assertThat(browser.all(By.cssSelector("path.stop-marker.pinned"))).isEmpty();
      browser.click(pinButton(id));
      showsThePin(browser, id, promise);
      assertThat(browser.find(By.id("plan-status")).getText()).startsWith("Solved");

      browser.click(By.id("publish"));
      browser.waitForText(By.cssSelector("#plan-form .form-status"), "Published");
      String told = browser.find(By.cssSelector("#plan-form .form-status")).getText();
      assertThat(told)
          .contains("Pinned and published where pinned: home visit P")
          .doesNotContain("booking " + id)
          .doesNotContain("left alone");
      showsThePin(browser, id, promise);
    }

    JsonObject after = api.get("api/appointments/" + id, Api.DISPATCHER).json();
    assertThat(after.getBoolean("pinned")).isTrue();
    assertThat(OffsetDateTime.parse(after.getString("plannedStart")).toInstant())
        .isEqualTo(OffsetDateTime.parse(first.getString("plannedStart")).toInstant());
    assertThat(OffsetDateTime.parse(after.getString("windowStart")).toInstant())
        .isEqualTo(TestPractice.at(DAY, 8, 0).toInstant());
    assertThat(OffsetDateTime.parse(after.getString("windowEnd")).toInstant())
        .isEqualTo(TestPractice.at(DAY, 10, 0).toInstant());
  }

  /** Waits for the visit's pin button to read {@code text}; the table is redrawn meanwhile. */
  private static void buttonReads(Browser browser, long id, String text) {
    browser.waitFor(
        d -> {
          try {
            return text.equals(d.findElement(pinButton(id)).getText());
          } catch (StaleElementReferenceException | NoSuchElementException redrawn) {
            return false;
          }
        });
  }

  /** The visit's start in the table, as the clinic's clock shows it. */
  private static String startIn(Browser browser, long id) {
    return browser.find(By.cssSelector(row(id) + "td:nth-child(4)")).getText();
  }

  private static void showsThePin(Browser browser, long id, String promise) {
    buttonReads(browser, id, "Unpin");
    WebElement button = browser.find(pinButton(id));
    assertThat(button.getAttribute("aria-pressed")).isEqualTo("true");
    assertThat(button.getAttribute("aria-label"))
        .startsWith("Unpin home visit P")
        .contains(" at ")
        .doesNotContain("booking");
    assertThat(browser.find(By.cssSelector(row(id))).getText()).contains(promise);
    WebElement block =
        browser.find(By.cssSelector("#timeline .block.pinned[data-appointment='" + id + "']"));
    assertThat(block.getCssValue("outline-style")).isEqualTo("solid");
    assertThat(block.getAttribute("title")).contains("promised " + promise).contains("pinned");
    assertThat(browser.all(By.cssSelector("#timeline .block.pinned"))).hasSize(1);
    assertThat(browser.all(By.cssSelector("path.stop-marker.pinned"))).hasSize(1);
  }
}
