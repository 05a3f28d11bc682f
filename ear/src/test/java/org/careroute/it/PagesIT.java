package org.careroute.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Each of the four users does their job through the pages, in a real (headless) Chromium against
 * the deployed application. Screenshots of the last page land in {@code target/screenshots}.
 */
class PagesIT extends DeployedApplication {

  @BeforeEach
  void chromium() {
    Browser.requireChromium();
  }

  @Test
  void aPatientRegistersIsScreenedBooksASeriesAndDownloadsItAsACalendar() throws IOException {
    int day = 20;
    long clinic = practice.clinic(2);
    long treatment = practice.treatment(40, 20, "\"CLINIC\"", "");
    long nurse = practice.nurse("Series Nurse", "");
    for (int d = day; d < day + 8; d++) {
      practice.shift(nurse, clinic, "CLINIC", TestPractice.at(d, 8, 0), TestPractice.at(d, 16, 0));
    }
    String email =
        "page.patient." + UUID.randomUUID().toString().substring(0, 8) + "@patients.example";

    try (Browser browser = new Browser(base, "patient-books-a-series", Browser.PHONE)) {
      browser.open("patient.html#register");
      browser.type("r-email", email);
      browser.type("r-password", "short");
      browser.type("r-name", "Paula Page");
      browser.setValue("r-birth", "1979-03-14");
      browser.click(By.cssSelector("#register-form button[type=submit]"));
      WebElement passwordError = browser.find(By.cssSelector("#register-form .field-error"));
      assertThat(passwordError.getText()).contains("10 to 128 characters");
      assertThat(browser.find(By.id("r-password")).getAttribute("aria-invalid")).isEqualTo("true");

      browser.type("r-password", TestPractice.PASSWORD);
      browser.click(By.cssSelector("#register-form button[type=submit]"));
      browser.find(By.id("screening-form"));
      for (String question :
          List.of(
              "pregnant",
              "dementia",
              "substanceUseHistory",
              "heartDisease",
              "uncontrolledBloodPressure")) {
        browser.click(By.cssSelector("input[name=" + question + "][value=false]"));
      }
      browser.click(By.cssSelector("#screening-form button[type=submit]"));
      browser.waitForText(By.id("screening-state"), "Standard monitoring");

      browser.chooseValue("b-treatment", String.valueOf(treatment));
      browser.chooseValue("b-clinic", String.valueOf(clinic));
      browser.setValue("b-from", TestPractice.at(day, 0, 0).toLocalDate().toString());
      browser.click(By.id("b-series"));
      browser.type("b-sessions", "3");
      browser.type("b-min", "2");
      browser.type("b-max", "3");
      browser.click(By.cssSelector("#search-form button[type=submit]"));
      browser.click(By.cssSelector("#slots .slot"));
      browser.click(By.id("confirm"));
      browser.waitForText(
          By.cssSelector("#search-form .form-status"), "series of 3 sessions is booked");

      List<WebElement> upcoming =
          browser.waitFor(
              d -> {
                List<WebElement> rows =
                    d.findElements(By.cssSelector("#upcoming tr[data-appointment]"));
                return rows.size() == 3 ? rows : null;
              });
      String firstId = upcoming.get(0).getAttribute("data-appointment");
      upcoming.get(0).findElement(By.cssSelector("a.ics")).click();
      Path download = browser.downloads.resolve("careroute-booking-" + firstId + ".ics");
      browser.waitFor(d -> Files.exists(download) ? download : null);
      String calendar = Files.readString(download);
      assertThat(calendar)
          .startsWith("BEGIN:VCALENDAR")
          .contains("UID:appointment-" + firstId + "@careroute")
          .contains("SUMMARY:Test treatment")
          .contains("STATUS:CONFIRMED");
    }

    Api.Reply bookings = api.get("api/appointments", new Api.Login(email, TestPractice.PASSWORD));
    assertThat(bookings.array()).hasSize(3);
    assertThat(bookings.array().stream().map(b -> b.asJsonObject().getString("status")))
        .containsOnly("BOOKED");
  }

  @Test
  void aDispatcherOptimisesADayAndSeesRoutesOnTheMapAndABetterScore() {
    int day = 21;
    long clinic = practice.clinic(1);
    long treatment = practice.treatment(40, 20, "\"CLINIC\",\"HOME\"", "");
    long westNurse = practice.nurse("West Road", "\"HOME_VISIT\"");
    practice.shift(
        westNurse, clinic, "FIELD", TestPractice.at(day, 8, 0), TestPractice.at(day, 17, 0));
    // West and east of the clinic by turns, booked while one nurse worked the field: she crosses
    // town three times.
    for (int i = 0; i < 4; i++) {
      double longitude = TestPractice.LON + (i % 2 == 0 ? -0.12 : 0.12);
      Api.Login patient = practice.clearedPatientAt("Far " + i, TestPractice.LAT, longitude);
      practice.booked(
          patient,
          """
          {"treatmentId":%d,"setting":"HOME","clinicId":%d,"windowStart":"%s"}"""
              .formatted(treatment, clinic, TestPractice.iso(TestPractice.at(day, 8 + i * 2, 0))));
    }
    long eastNurse = practice.nurse("East Road", "\"HOME_VISIT\"");
    practice.shift(
        eastNurse, clinic, "FIELD", TestPractice.at(day, 8, 0), TestPractice.at(day, 17, 0));
    String date = TestPractice.at(day, 0, 0).toLocalDate().toString();

    try (Browser browser = new Browser(base, "dispatcher-optimises", Browser.DESK)) {
      browser.logIn(Api.DISPATCHER);
      browser.waitFor(d -> d.getCurrentUrl().endsWith("dispatcher.html"));
      browser.open("dispatcher.html?clinic=" + clinic + "&day=" + date);
      browser.waitFor(d -> d.findElements(By.cssSelector("path.stop-marker")).size() == 4);
      String booked = browser.find(By.id("score")).getText();
      assertThat(browser.all(By.cssSelector("path.route-line"))).isNotEmpty();

      browser.click(By.id("optimise"));
      browser.waitForText(By.id("plan-status"), "Solving");
      browser.waitFor(
          d -> d.findElement(By.id("plan-status")).getText().startsWith("Solved"),
          Duration.ofSeconds(90));
      String optimised = browser.find(By.id("score")).getText();
      assertThat(browser.find(By.id("plan-status")).getText())
          .contains("feasible")
          .doesNotContain("breaks");
      assertThat(soft(optimised))
          .as("optimised %s against booked %s", optimised, booked)
          .isGreaterThan(soft(booked));
      assertThat(browser.all(By.cssSelector("path.stop-marker"))).hasSize(4);
      assertThat(browser.all(By.cssSelector("path.route-line"))).isNotEmpty();
      assertThat(browser.all(By.cssSelector("#timeline .block"))).hasSize(4);
      // The score and its reasons in the practice's words: no planning ids, no Java records.
      assertThat(browser.find(By.id("score-summary")).getText())
          .startsWith("Keeps every care rule · everything assigned · ")
          .containsPattern("\\d+ (h|min)( \\d+ min)? of driving");
      String costs = browser.find(By.id("costs")).getAttribute("textContent");
      assertThat(costs)
          .contains("East Road drives")
          .doesNotContain("Justification")
          .doesNotContain("shift-");

      browser.click(By.id("publish"));
      browser.waitForText(By.cssSelector("#plan-form .form-status"), "Published");
    }
  }

  @Test
  void aNurseSeesTheDayInOrderAndMarksAVisitFinished() {
    // Progress is marked on today's visits only: a clinic where the working day lies ahead.
    TestPractice.TodayClinic today = practice.clinicWhereTheDayIsAhead(2);
    long clinic = today.id();
    long treatment = practice.treatment(30, 15, "\"CLINIC\"", "");
    Api.Login nurse = practice.nurseWithLogin("Nora Night");
    practice.shift(practice.nurseId(nurse), clinic, "CLINIC", today.at(8, 0), today.at(16, 0));
    long late = bookClinic(treatment, clinic, today.at(11, 0));
    long early = bookClinic(treatment, clinic, today.at(9, 0));

    try (Browser browser = new Browser(base, "nurse-finishes-a-visit", Browser.PHONE)) {
      browser.logIn(nurse);
      browser.waitFor(d -> d.getCurrentUrl().endsWith("nurse.html"));
      browser.open("nurse.html?day=" + today.today());
      List<WebElement> visits =
          browser.waitFor(
              d -> {
                List<WebElement> items = d.findElements(By.cssSelector("#visits li.visit"));
                return items.size() == 2 ? items : null;
              });
      assertThat(visits.stream().map(v -> v.getAttribute("data-visit")))
          .containsExactly(String.valueOf(early), String.valueOf(late));
      assertThat(visits.get(0).findElement(By.tagName("h3")).getText()).startsWith("1. 09:00");

      String first = "#visits li[data-visit='" + early + "'] ";
      for (String[] step :
          new String[][] {
            {"ARRIVED", "Arrived at"}, {"STARTED", "Started at"}, {"FINISHED", "Finished early"}
          }) {
        browser.click(By.cssSelector(first + "button[value=" + step[0] + "]"));
        if (step[0].equals("FINISHED")) {
          // Finished seconds after it started: the nurse confirms it really is over.
          browser.click(By.cssSelector(first + "button[data-confirm]"));
        }
        browser.waitForText(By.cssSelector(first + ".visit-status"), step[1]);
      }
      assertThat(browser.all(By.cssSelector(first + "button")).stream().map(WebElement::getText))
          .as("only Undo is left, for a few minutes")
          .containsExactly("Undo");
    }

    JsonObject finished = api.get("api/appointments/" + early, Api.DISPATCHER).json();
    assertThat(finished.getString("status")).isEqualTo("COMPLETED");
    assertThat(api.get("api/appointments/" + late, Api.DISPATCHER).json().getString("status"))
        .isEqualTo("BOOKED");
  }

  @Test
  void anAdminAddsACertifiedNurseWithAShiftWhoIsThenAssigned() {
    int day = 23;
    long clinic = practice.clinic(1);
    long infusion = practice.treatment(45, 30, "\"CLINIC\"", "\"IV_THERAPY\"");
    String name = "Ivy " + practice.tag;
    LocalDate date = TestPractice.at(day, 0, 0).toLocalDate();

    try (Browser browser = new Browser(base, "admin-adds-a-nurse", Browser.DESK)) {
      browser.logIn(Api.ADMIN);
      browser.find(By.id("role-links"));
      browser.open("admin.html#nurses");
      browser.type("n-name", name);
      browser.type("n-email", "ivy." + practice.tag + "@nurses.example");
      browser.click(By.cssSelector("#n-certs input[value=IV_THERAPY]"));
      browser.type("n-lat", String.valueOf(TestPractice.LAT));
      browser.type("n-lon", String.valueOf(TestPractice.LON));
      browser.type("n-password", TestPractice.PASSWORD);
      browser.click(By.cssSelector("#nurse-form button[type=submit]"));
      browser.waitForText(By.cssSelector("#nurse-form .form-status"), name + " added");
      assertThat(browser.find(By.id("nurse-list")).getText()).contains(name).contains("IV therapy");
      browser.click(By.xpath("//button[.='Change " + name + "']"));
      assertThat(browser.find(By.id("n-name")).getAttribute("value")).isEqualTo(name);
      browser.click(By.cssSelector("#n-certs input[value=ACLS]"));
      browser.click(By.cssSelector("#nurse-form button[type=submit]"));
      browser.waitForText(By.cssSelector("#nurse-form .form-status"), name + " saved");
      assertThat(browser.find(By.id("nurse-list")).getText()).contains("IV therapy, ACLS");

      browser.chooseValue("s-clinic", String.valueOf(clinic));
      browser.setValue("s-day", date.toString());
      browser.setValue("s-start", "08:00");
      browser.setValue("s-end", "16:00");
      browser.click(By.cssSelector("#shift-form button[type=submit]"));
      browser.waitForText(By.cssSelector("#shift-form .form-status"), "Shift added for " + name);
    }

    JsonObject booked =
        practice.booked(
            practice.clearedPatient("Infused"),
            TestPractice.clinicBooking(infusion, clinic, TestPractice.at(day, 10, 0)));
    assertThat(booked.getString("nurseName")).isEqualTo(name);
  }

  private long bookClinic(long treatment, long clinic, ZonedDateTime start) {
    return practice.bookedId(
        practice.clearedPatient("Seen " + start.getHour()),
        TestPractice.clinicBooking(treatment, clinic, start));
  }

  /** The soft part of a score such as {@code 0hard/0medium/-5400soft}. */
  private static long soft(String score) {
    return Long.parseLong(score.substring(score.lastIndexOf('/') + 1, score.indexOf("soft")));
  }
}
