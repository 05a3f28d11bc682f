package org.careroute.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.careroute.it.Api.Login;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A nurse opens a booking sent to her of a patient not on her care, on her phone: the page asks for
 * her reason, refuses one that says nothing, and shows the booking once she gives one; the read is
 * audited with the reason.
 */
class NeedToKnowPagesIT extends DeployedApplication {

  private static final String REASON = "Patient called the ward asking about tomorrow's session";

  @BeforeEach
  void chromium() {
    Browser.requireChromium();
  }

  @Test
  void aNurseGivesAReasonToOpenABookingOfAPatientOutsideHerCare() {
    int day = 4;
    long clinic = practice.clinic(1);
    long treatment = practice.treatment(30, 15, "\"CLINIC\"", "");
    long treating = practice.nurse("Treating Tina", "");
    practice.shift(
        treating, clinic, "CLINIC", TestPractice.at(day, 8, 0), TestPractice.at(day, 16, 0));
    String patientName = "Glass Greta " + practice.tag;
    Api.Reply booked =
        api.post(
            "api/appointments",
            TestPractice.clinicBooking(treatment, clinic, TestPractice.at(day, 9, 0)),
            practice.clearedPatient(patientName));
    assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
    long booking = booked.json().getJsonNumber("id").longValue();
    Login asking = practice.nurseWithLogin("Asking Abby");

    try (Browser browser = new Browser(base, "nurse-gives-a-reason-for-a-patient", Browser.PHONE)) {
      browser.logIn(asking);
      browser.waitFor(d -> d.getCurrentUrl().endsWith("nurse.html"));
      browser.open("nurse.html?booking=" + booking);
      assertThat(browser.find(By.id("reason-detail")).getText()).contains("not on your care");
      assertThat(browser.all(By.cssSelector("#booking-details h3"))).isEmpty();

      browser.type("access-reason", "checking");
      browser.click(By.xpath("//button[.='Open with this reason']"));
      browser.waitForText(By.cssSelector("#reason-form .field-error"), "too short");

      browser.type("access-reason", REASON);
      browser.click(By.xpath("//button[.='Open with this reason']"));
      assertThat(browser.find(By.cssSelector("#booking-details h3")).getText())
          .isEqualTo(patientName);
      assertThat(browser.find(By.id("booking-details")).getText())
          .contains("with Treating Tina")
          .contains("09:00");
      assertThat(browser.all(By.id("reason-form")).get(0).isDisplayed()).isFalse();
    }
    assertThat(
            api
                .get("api/admin/audit?recordType=Appointment&recordId=" + booking, Api.ADMIN)
                .array()
                .stream()
                .map(e -> e.asJsonObject())
                .filter(e -> e.getString("actor").equals(asking.login())))
        .extracting(e -> e.getString("action") + ": " + e.getString("reason", ""))
        .as("two refusals, then the reason given and the read itself")
        .containsExactly("REFUSE: ", "REFUSE: ", "BREAK_GLASS: " + REASON, "READ: ");
  }
}
