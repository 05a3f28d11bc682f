package org.careroute.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.careroute.it.Api.Login;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Picking a time on a phone: a month calendar with the bookable days marked, reached and moved
 * through with the keyboard, then the chosen day's times by part of the day, the few best marked.
 */
class TimePickerPagesIT extends DeployedApplication {

  /** Some weeks ahead, early enough in its month that the days used here share the month. */
  static final int DAY = earlyInAMonth(40);

  static int earlyInAMonth(int atLeastDaysAhead) {
    int days = atLeastDaysAhead;
    while (TestPractice.at(days, 0, 0).getDayOfMonth() > 20) {
      days++;
    }
    return days;
  }

  @BeforeEach
  void chromium() {
    Browser.requireChromium();
  }

  /** The calendar day so many days ahead, as the page names it (YYYY-MM-DD). */
  static String day(int daysAhead) {
    return TestPractice.at(daysAhead, 0, 0).toLocalDate().toString();
  }

  /** The days the calendar lets the patient choose, in every month it shows. */
  static List<String> bookableDays(Browser browser) {
    // A series search asks for many days' windows: on a busy machine that takes a while.
    browser.waitFor(
        ExpectedConditions.visibilityOfElementLocated(By.id("month-grid")), Duration.ofSeconds(60));
    while (browser.find(By.id("previous-month")).isEnabled()) {
      browser.click(By.id("previous-month"));
    }
    List<String> days = new ArrayList<>();
    while (true) {
      browser.all(By.cssSelector("#month-grid .calendar-day:not([disabled])")).stream()
          .map(b -> b.getAttribute("data-day"))
          .forEach(days::add);
      if (!browser.find(By.id("next-month")).isEnabled()) {
        return days;
      }
      browser.click(By.id("next-month"));
    }
  }

  private static String focusedDay(Browser browser) {
    return browser.driver.switchTo().activeElement().getAttribute("data-day");
  }

  @Test
  void aPatientPicksADayOnTheCalendarWithTheKeyboardThenATimeOfItsAfternoon() {
    long clinic = practice.clinic(2);
    long treatment = practice.treatment(40, 20, "\"CLINIC\"", "");
    long nurse = practice.nurse("Picker Nurse", "");
    for (int d : new int[] {0, 1, 3}) {
      practice.shift(
          nurse, clinic, "CLINIC", TestPractice.at(DAY + d, 8, 0), TestPractice.at(DAY + d, 18, 0));
    }
    Login patient = practice.clearedPatient("Picker " + practice.tag);

    try (Browser browser = new Browser(base, "patient-picks-a-time", Browser.PHONE)) {
      browser.logIn(patient);
      browser.chooseValue("b-treatment", String.valueOf(treatment));
      browser.chooseValue("b-clinic", String.valueOf(clinic));
      browser.setValue("b-from", day(DAY));
      browser.click(By.cssSelector("#search-form button[type=submit]"));

      assertThat(bookableDays(browser)).containsExactly(day(DAY), day(DAY + 1), day(DAY + 3));
      while (browser.find(By.id("previous-month")).isEnabled()) {
        browser.click(By.id("previous-month"));
      }
      WebElement first = browser.find(By.cssSelector("[data-day='" + day(DAY) + "']"));
      assertThat(first.getAttribute("aria-pressed"))
          .as("the first bookable day is chosen")
          .isEqualTo("true");
      assertThat(first.getAttribute("aria-label")).endsWith("19 free times");
      assertThat(browser.find(By.id("month-grid")).getAttribute("role")).isEqualTo("grid");
      assertThat(
              browser.all(By.cssSelector("#day-times .day-part")).stream()
                  .map(g -> g.getAttribute("aria-label")))
          .containsExactly("Morning", "Afternoon", "Evening");
      assertThat(browser.all(By.cssSelector("#day-times .slot"))).hasSize(19);

      first.sendKeys(Keys.ARROW_RIGHT);
      assertThat(focusedDay(browser)).isEqualTo(day(DAY + 1));
      browser.driver.switchTo().activeElement().sendKeys(Keys.ARROW_RIGHT);
      assertThat(focusedDay(browser))
          .as("the day without times is passed over")
          .isEqualTo(day(DAY + 3));
      browser.driver.switchTo().activeElement().sendKeys(Keys.ENTER);
      browser.waitForText(By.id("day-title"), "19 free times");
      assertThat(
              browser
                  .find(By.cssSelector("[data-day='" + day(DAY + 3) + "']"))
                  .getAttribute("aria-pressed"))
          .isEqualTo("true");

      Map<String, Long> starsPerDay = new HashMap<>();
      for (String bookable : List.of(day(DAY), day(DAY + 1), day(DAY + 3))) {
        browser.click(By.cssSelector("[data-day='" + bookable + "']"));
        browser.waitForText(By.id("day-title"), "free times");
        starsPerDay.put(
            bookable, (long) browser.all(By.cssSelector("#day-times .slot .best")).size());
      }
      assertThat(starsPerDay.values()).as("%s", starsPerDay).allMatch(stars -> stars <= 3);
      long height =
          (Long)
              ((JavascriptExecutor) browser.driver)
                  .executeScript("return document.documentElement.scrollHeight");
      System.out.println("Time picker page height on a phone: " + height + " px");
      assertThat(height).as("one day's times, not every time of four weeks").isLessThan(2600);

      WebElement afternoon =
          browser.find(By.xpath("//div[@aria-label='Afternoon']//button[contains(@class,'slot')]"));
      String time = afternoon.getText().substring(0, 5);
      afternoon.click();
      browser.screenshot("patient-picks-a-time-on-the-calendar");
      browser.click(By.id("confirm"));
      browser.waitForText(By.cssSelector("#search-form .form-status"), "Your session is booked");
      assertThat(browser.find(By.cssSelector("#upcoming tr[data-appointment]")).getText())
          .contains(time);
    }
  }
}
