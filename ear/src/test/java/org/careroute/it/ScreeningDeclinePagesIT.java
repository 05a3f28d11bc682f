package org.careroute.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.OffsetDateTime;
import org.careroute.it.Api.Login;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A clinician declines a held screening on the admin page with a reason, reading the submission
 * time in the clinic's zone; the patient then reads the reason on the patient page, on a phone.
 */
class ScreeningDeclinePagesIT extends DeployedApplication {

  private static final String REASON =
      "Please see your cardiologist first; we can treat you once your heart is checked.";

  @BeforeEach
  void chromium() {
    Browser.requireChromium();
  }

  @Test
  void aClinicianDeclinesWithAReasonAndThePatientReadsItOnTheirPage() {
    long clinic = practice.clinic(1);
    long treatment = practice.treatment(30, 30, "\"CLINIC\"", "");
    long nurse = practice.nurse("Watchful Wanda", "\"ACLS\"");
    practice.shift(nurse, clinic, "CLINIC", TestPractice.at(7, 8, 0), TestPractice.at(7, 16, 0));
    String name = "Held Hanna " + practice.tag;
    Login patient = practice.registeredPatient(name);
    practice.screen(patient, true);
    Api.Reply held =
        api.post(
            "api/appointments",
            TestPractice.clinicBooking(treatment, clinic, TestPractice.at(7, 9, 0)),
            patient);
    assertThat(held.json().getString("status")).isEqualTo("REQUESTED");
    JsonObject screening =
        api.get("api/screenings?status=HOLD", Api.CLINICIAN).array().stream()
            .map(s -> s.asJsonObject())
            .filter(s -> s.getString("patientName").equals(name))
            .findFirst()
            .orElseThrow();
    long id = screening.getJsonNumber("id").longValue();
    String submittedThere =
        OffsetDateTime.parse(screening.getString("submittedAt"))
            .atZoneSameInstant(TestPractice.ZONE)
            .toLocalTime()
            .toString()
            .substring(0, 5);

    try (Browser browser = new Browser(base, "clinician-declines-a-screening", Browser.DESK)) {
      browser.logIn(Api.CLINICIAN);
      By row = By.cssSelector("tr[data-screening='" + id + "']");
      assertThat(browser.find(row).findElement(By.xpath("td[3]")).getText())
          .as("submitted, on the clinic's clock")
          .endsWith(submittedThere);
      browser.type("decline-reason-" + id, REASON);
      browser.click(By.xpath("//button[.='Decline " + name + "']"));
      browser.waitForText(By.cssSelector("#screening-form .form-status"), name + " declined");
      assertThat(browser.all(row)).isEmpty();
    }

    try (Browser browser =
        new Browser(base, "patient-reads-why-screening-declined", Browser.PHONE)) {
      browser.logIn(patient);
      assertThat(browser.find(By.id("decline-reason")).getText()).isEqualTo(REASON);
      assertThat(browser.find(By.id("screening-state")).getText())
          .contains("cannot offer treatment for now")
          .contains("call the clinic");
      browser.waitForText(By.id("past"), "Cancelled");
      assertThat(browser.driver.findElement(By.id("book")).isDisplayed())
          .as("nothing can be booked after a decline")
          .isFalse();
    }
    assertThat(
            api.get("api/appointments/" + held.json().getJsonNumber("id"), patient)
                .json()
                .getString("status"))
        .isEqualTo("CANCELLED");
  }
}
