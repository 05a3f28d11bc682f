package org.careroute.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * An admin keeps a nurse's shifts on the admin page in headless Chromium: a weekly pattern for
 * several weeks, previewed with the days it skips; a shift listed, changed, and deleted with its
 * booking placed on a colleague once the admin agrees.
 */
class ShiftPatternPagesIT extends DeployedApplication {

  @BeforeEach
  void chromium() {
    Browser.requireChromium();
  }

  @Test
  void anAdminPreviewsAWeeklyPatternSeesTheDayItSkipsAndCreatesTheRest() {
    long clinic = practice.clinic(1);
    long nurse = practice.nurse("Pattern Page Nurse " + practice.tag, "");
    LocalDate monday =
        LocalDate.now(TestPractice.ZONE)
            .plusWeeks(2)
            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    LocalDate tuesday = monday.plusDays(1);
    practice.shift(
        nurse,
        clinic,
        "CLINIC",
        tuesday.atTime(6, 0).atZone(TestPractice.ZONE),
        tuesday.atTime(9, 0).atZone(TestPractice.ZONE));

    try (Browser browser = new Browser(base, "admin-adds-a-weekly-shift-pattern", Browser.DESK)) {
      browser.logIn(Api.ADMIN);
      browser.find(By.id("role-links"));
      browser.open("admin.html#nurses");
      browser.chooseValue("p-nurse", String.valueOf(nurse));
      browser.chooseValue("p-clinic", String.valueOf(clinic));
      for (String day : new String[] {"WEDNESDAY", "THURSDAY", "FRIDAY"}) {
        browser.click(By.cssSelector("#p-weekdays input[value=" + day + "]"));
      }
      browser.setValue("p-first-week", monday.plusDays(3).toString());
      browser.type("p-weeks", "2");
      browser.click(By.xpath("//button[.='Preview shifts']"));

      String preview = browser.find(By.id("pattern-preview")).getText();
      assertThat(preview)
          .contains("3 shifts for Pattern Page Nurse")
          .contains("Skipped: 1")
          .contains("Already works 06:00–09:00")
          .contains("08:00–16:00");
      assertThat(api.get(shifts(nurse, monday), Api.ADMIN).array())
          .as("a preview changes nothing")
          .hasSize(1);
      browser.click(By.xpath("//button[.='Create 3 shifts']"));
      browser.waitForText(By.cssSelector("#pattern-form .form-status"), "3 shifts added");
      assertThat(browser.find(By.cssSelector("#pattern-form .form-status")).getText())
          .contains("1 skipped");
      assertThat(api.get(shifts(nurse, monday), Api.ADMIN).array()).hasSize(4);

      browser.setValue("sl-from", monday.toString());
      browser.setValue("sl-to", monday.plusDays(13).toString());
      browser.chooseValue("sl-nurse", String.valueOf(nurse));
      browser.click(By.xpath("//button[.='Show shifts']"));
      browser.waitForText(
          By.cssSelector("#shift-list-form .form-status"), "4 shifts of Pattern Page");
      assertThat(browser.all(By.cssSelector("#shift-list tr[data-shift]"))).hasSize(4);
      assertThat(browser.find(By.id("shift-list")).getText())
          .contains("06:00–09:00")
          .contains("08:00–16:00")
          .contains("12:00, 30 min");
    }
  }

  @Test
  void anAdminChangesAShiftThenDeletesItAndItsBookingIsPlacedWithAColleague() {
    int day = 13;
    long clinic = practice.clinic(2);
    long treatment = practice.treatment(40, 20, "\"CLINIC\"", "");
    long anna = practice.nurse("Anna Page " + practice.tag, "");
    long bert = practice.nurse("Bert Page " + practice.tag, "");
    for (long nurse : new long[] {anna, bert}) {
      practice.shift(
          nurse, clinic, "CLINIC", TestPractice.at(day, 8, 0), TestPractice.at(day, 16, 0));
    }
    String patient = "Moved Mona " + practice.tag;
    Api.Reply booked =
        api.post(
            "api/appointments",
            TestPractice.clinicBooking(treatment, clinic, TestPractice.at(day, 9, 0)),
            practice.clearedPatient(patient));
    assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
    long booking = booked.json().getJsonNumber("id").longValue();
    String placedWith = booked.json().getString("nurseName");
    long nurse = placedWith.startsWith("Anna") ? anna : bert;
    String colleague = placedWith.startsWith("Anna") ? "Bert Page" : "Anna Page";
    String dayOf = TestPractice.at(day, 0, 0).toLocalDate().toString();

    try (Browser browser = new Browser(base, "admin-changes-and-deletes-a-shift", Browser.DESK)) {
      browser.logIn(Api.ADMIN);
      browser.find(By.id("role-links"));
      browser.open("admin.html#nurses");
      browser.setValue("sl-from", dayOf);
      browser.setValue("sl-to", dayOf);
      browser.chooseValue("sl-nurse", String.valueOf(nurse));
      browser.click(By.xpath("//button[.='Show shifts']"));
      browser.waitForText(
          By.cssSelector("#shift-list-form .form-status"), "1 shift of " + placedWith);
      browser.click(By.xpath("//button[starts-with(.,'Change ') and contains(.,'08:00–16:00')]"));
      assertThat(browser.find(By.id("shift-form-title")).getText())
          .startsWith("Change " + placedWith + "'s shift");
      browser.setValue("s-end", "15:00");
      browser.click(By.xpath("//form[@id='shift-form']//button[.='Save changes']"));
      browser.waitForText(
          By.cssSelector("#shift-form .form-status"), "Shift saved for " + placedWith);
      browser.waitForText(By.id("shift-list"), "08:00–15:00");

      browser.click(By.xpath("//button[starts-with(.,'Delete ') and contains(.,'08:00–15:00')]"));
      browser.acceptConfirmation();
      String asked = browser.find(By.id("shift-list-form-affected")).getText();
      assertThat(asked).contains("These bookings would lose their place").contains(patient);
      assertThat(
              api.get("api/appointments/" + booking, Api.DISPATCHER).json().getString("nurseName"))
          .as("nothing moves before the admin agrees")
          .isEqualTo(placedWith);
      browser.click(By.xpath("//button[.='Place them anew and save']"));
      browser.waitForText(By.cssSelector("#shift-list-form .form-status"), "deleted");
      assertThat(browser.find(By.cssSelector("#shift-list-form .form-status")).getText())
          .contains("1 booking placed anew")
          .contains(patient)
          .contains(colleague);
      assertThat(browser.find(By.id("shift-list")).getText())
          .contains("has no shift in these days");
      assertThat(
              api.get("api/appointments/" + booking, Api.DISPATCHER).json().getString("nurseName"))
          .startsWith(colleague);
    }
  }

  private static String shifts(long nurse, LocalDate monday) {
    return "api/admin/nurses/" + nurse + "/shifts?from=" + monday + "&to=" + monday.plusDays(13);
  }
}
