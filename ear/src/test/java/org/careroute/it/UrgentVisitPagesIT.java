package org.careroute.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.TextStyle;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A dispatcher books an urgent home visit on the desk as a dispatcher would: an empty form says
 * next to each field what it needs, the patient is found by name (no internal number), the windows
 * the plan can keep are offered to choose from (no exact time to guess), and the booking is made
 * and the day re-planned.
 */
class UrgentVisitPagesIT extends DeployedApplication {

  @BeforeEach
  void needsChromium() {
    Browser.requireChromium();
  }

  @Test
  void aDispatcherFindsThePatientByNameChoosesAnOfferedWindowAndBooksTheUrgentVisit() {
    long clinic = practice.clinic(1);
    long treatment = practice.treatment(30, 15, "\"CLINIC\",\"HOME\"", "");
    long nurse = practice.nurse("Uma Urgentcare", "\"HOME_VISIT\"");
    // Tomorrow only: whatever the hour the test runs at, the windows that fit are tomorrow's.
    practice.shift(nurse, clinic, "FIELD", TestPractice.at(1, 8, 0), TestPractice.at(1, 16, 0));
    String name = "Una Urgent" + practice.tag;
    Api.Login patient =
        practice.clearedPatientAt(name, TestPractice.LAT + 0.03, TestPractice.LON + 0.03);
    String tomorrow = TestPractice.at(1, 0, 0).toLocalDate().toString();

    try (Browser browser = new Browser(base, "dispatcher-books-an-urgent-visit", Browser.DESK)) {
      browser.logIn(Api.DISPATCHER);
      browser.waitFor(d -> d.getCurrentUrl().endsWith("dispatcher.html"));
      browser.open("dispatcher.html?clinic=" + clinic + "&day=" + tomorrow);
      browser.chooseValue("u-treatment", String.valueOf(treatment));
      browser.chooseValue("u-setting", "HOME");

      browser.click(By.cssSelector("#urgent-form button[type=submit]"));
      browser.waitForText(
          By.id("u-search-error"),
          "Find the patient first: type part of the name, a phone number or a date of birth.");
      assertThat(browser.find(By.id("u-search")).getAttribute("aria-invalid")).isEqualTo("true");
      assertThat(browser.find(By.cssSelector("#u-windows .field-error")).getText())
          .isEqualTo("Choose one of the windows that fit.");

      browser.type("u-search", "U");
      browser.click(By.id("u-find-patient"));
      browser.waitForText(
          By.id("u-search-error"), "Type at least 2 letters of the patient's name.");

      browser.type("u-search", "urgent" + practice.tag);
      browser.click(By.id("u-find-patient"));
      WebElement found = browser.find(By.cssSelector("#u-patient-choices label.choice"));
      assertThat(found.getText())
          .isEqualTo(name + " · born 17 May 1980 · +1 916 555 0100 · Sacramento");
      assertThat(browser.find(By.cssSelector("input[name=patientChoice]")).isSelected())
          .as("the only match is chosen")
          .isTrue();

      browser.waitFor(
          d ->
              !d.findElements(By.cssSelector("#u-window-choices input[name=windowChoice]"))
                  .isEmpty());
      OffsetDateTime tomorrowNoon = TestPractice.at(1, 12, 0).toOffsetDateTime();
      String dayHeading =
          tomorrowNoon.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.UK)
              + " "
              + tomorrowNoon.getDayOfMonth()
              + " "
              + tomorrowNoon.getMonth().getDisplayName(TextStyle.SHORT, Locale.UK);
      WebElement day = browser.find(By.cssSelector("#u-window-choices .day"));
      assertThat(day.findElement(By.tagName("h4")).getText()).isEqualTo(dayHeading);
      WebElement first = day.findElement(By.cssSelector("label.choice"));
      String offered = first.findElement(By.cssSelector(".window-time")).getText();
      assertThat(offered).matches("\\d\\d:\\d\\d–\\d\\d:\\d\\d");
      first.findElement(By.tagName("input")).click();

      browser.click(By.cssSelector("#urgent-form button[type=submit]"));
      browser.waitForText(
          By.cssSelector("#urgent-form .form-status"),
          "Booked "
              + name
              + " at home, "
              + dayHeading
              + " "
              + offered
              + ". Re-planning that day now.");
      assertThat(browser.all(By.cssSelector("#urgent-form .field-error"))).isEmpty();
      assertThat(browser.find(By.id("day")).getAttribute("value")).isEqualTo(tomorrow);
      browser.waitFor(
          d -> d.findElement(By.id("plan-status")).getText().startsWith("Solved"),
          Duration.ofSeconds(90));
      assertThat(browser.find(By.id("timeline")).getText()).contains("U. U");

      JsonArray bookings = api.get("api/appointments", patient).array();
      assertThat(bookings).hasSize(1);
      JsonObject booked = bookings.getJsonObject(0);
      assertThat(booked.getString("setting")).isEqualTo("HOME");
      assertThat(OffsetDateTime.parse(booked.getString("windowStart")).toString())
          .contains(tomorrow + "T" + offered.substring(0, 5));
    }
  }
}
