package org.careroute.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careroute.it.SeriesSearchIT.DAY;
import static org.careroute.it.SeriesSearchIT.nurseOn;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.stream.IntStream;
import org.careroute.it.Api.Login;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A patient books the default series, sees what would fit when nothing does, and moves a session of
 * a series, on a phone-sized page.
 */
class SeriesBookingPagesIT extends DeployedApplication {

  long clinic;
  long treatment;

  @BeforeEach
  void chromiumAndAClinic() {
    Browser.requireChromium();
    clinic = practice.clinic(3);
    treatment = practice.treatment(40, 20, "\"CLINIC\"", "");
  }

  private void search(Browser browser, boolean series) {
    browser.chooseValue("b-treatment", String.valueOf(treatment));
    browser.chooseValue("b-clinic", String.valueOf(clinic));
    browser.setValue("b-from", TimePickerPagesIT.day(DAY));
    if (series) {
      browser.click(By.id("b-series"));
    }
  }

  @Test
  void theDefaultSeriesOffersOnlyFirstTimesItFitsFromAndShowsItsSessionsBeforeBooking() {
    // Day 2 has free times, but from it no third session finds a day; six fit only from day 0.
    nurseOn(practice, clinic, 9, 11, 0);
    nurseOn(practice, clinic, 8, 16, 2, 3, 7, 11, 15, 19);
    Login patient = practice.clearedPatient("Series Page " + practice.tag);

    try (Browser browser = new Browser(base, "patient-books-the-default-series", Browser.PHONE)) {
      browser.logIn(patient);
      search(browser, true);
      assertThat(browser.find(By.id("b-sessions")).getAttribute("value")).isEqualTo("6");
      browser.click(By.cssSelector("#search-form button[type=submit]"));

      assertThat(TimePickerPagesIT.bookableDays(browser))
          .containsExactly(TimePickerPagesIT.day(DAY));
      browser.click(By.cssSelector("#day-times .slot"));
      assertThat(browser.find(By.id("chosen")).getText())
          .startsWith("Your 6 sessions, the first on");
      assertThat(
              browser.all(By.cssSelector("#proposed-sessions li")).stream()
                  .map(WebElement::getText))
          .hasSize(6)
          .allMatch(text -> text.endsWith("09:00"));
      browser.screenshot("patient-sees-the-sessions-of-the-series-before-booking");
      browser.click(By.id("confirm"));
      browser.waitForText(
          By.cssSelector("#search-form .form-status"), "Your series of 6 sessions is booked");
      browser.waitFor(
          d -> d.findElements(By.cssSelector("#upcoming tr[data-appointment]")).size() == 6);
    }
  }

  @Test
  void whenNoSeriesFitsThePageSaysWhatWouldAndSearchesItOnAClick() {
    // Only ACLS nurses give it, so the other tests' clinics, searched for what would fit, offer
    // none.
    treatment = practice.treatment(45, 15, "\"CLINIC\"", "\"ACLS\"");
    SeriesSearchIT.certifiedNurseOn(practice, "\"ACLS\"", clinic, 8, 16, 0, 2, 4, 8, 12, 16);
    Login patient = practice.clearedPatient("Tight Gaps " + practice.tag);

    try (Browser browser = new Browser(base, "patient-sees-what-series-would-fit", Browser.PHONE)) {
      browser.logIn(patient);
      search(browser, true);
      browser.type("b-min", "2");
      browser.type("b-max", "2");
      browser.click(By.cssSelector("#search-form button[type=submit]"));
      // What would fit is found by searching again, which takes a while on a busy machine.
      browser.waitFor(
          ExpectedConditions.textToBePresentInElementLocated(
              By.cssSelector("#search-form .form-status"), "3 sessions instead of 6 fit"),
          Duration.ofSeconds(90));
      assertThat(browser.find(By.cssSelector("#search-form .form-status")).getText())
          .contains("With up to 4 days between sessions all 6 fit");

      browser.click(
          By.xpath("//button[contains(@class,'alternative')][contains(.,'With up to 4 days')]"));
      assertThat(TimePickerPagesIT.bookableDays(browser)).contains(TimePickerPagesIT.day(DAY));
      assertThat(browser.find(By.id("b-max")).getAttribute("value")).isEqualTo("4");
      browser.click(By.cssSelector("#day-times .slot"));
      assertThat(browser.all(By.cssSelector("#proposed-sessions li"))).hasSize(6);
    }
  }

  @Test
  void movingASeriesSessionOffersOnlyDaysThatKeepTheGapsAndTheMoveIsAccepted() {
    nurseOn(practice, clinic, 9, 11, IntStream.rangeClosed(0, 14).toArray());
    Login patient = practice.clearedPatient("Series Mover " + practice.tag);
    JsonObject third =
        SeriesSearchIT.bookThreeSessionsFromDayZero(api, patient, treatment, clinic)
            .getJsonObject(2);

    try (Browser browser = new Browser(base, "patient-moves-a-series-session", Browser.PHONE)) {
      browser.logIn(patient);
      browser.click(
          By.xpath(
              "//tr[@data-appointment='" + third.getJsonNumber("id") + "']//button[.='Move']"));
      browser.setValue("b-from", TimePickerPagesIT.day(DAY));
      browser.click(By.cssSelector("#search-form button[type=submit]"));

      assertThat(TimePickerPagesIT.bookableDays(browser))
          .as("2 to 4 days after the second session, which is on day 2")
          .containsExactly(
              TimePickerPagesIT.day(DAY + 4),
              TimePickerPagesIT.day(DAY + 5),
              TimePickerPagesIT.day(DAY + 6));
      assertThat(browser.find(By.cssSelector("#search-form .form-status")).getText())
          .contains("on the days that keep your series' gaps");
      browser.click(By.cssSelector("[data-day='" + TimePickerPagesIT.day(DAY + 6) + "']"));
      browser.screenshot("patient-sees-the-days-a-series-session-may-move-to");
      browser.click(By.cssSelector("#day-times .slot"));
      browser.click(By.id("confirm"));
      browser.waitForText(By.cssSelector("#search-form .form-status"), "Your booking was moved");
    }

    Api.Reply moved = api.get("api/appointments/" + third.getJsonNumber("id"), patient);
    assertThat(moved.json().getString("windowStart")).startsWith(TimePickerPagesIT.day(DAY + 6));
  }
}
