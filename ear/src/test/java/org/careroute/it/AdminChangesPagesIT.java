package org.careroute.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * An admin changes what bookings stand on, in headless Chromium on the admin page: the bookings a
 * change would leave without a place are listed before anything happens, are placed anew when the
 * admin agrees, and a change no other chair can absorb is refused.
 */
class AdminChangesPagesIT extends DeployedApplication {

  @BeforeEach
  void chromium() {
    Browser.requireChromium();
  }

  @Test
  void anAdminTakingABookedChairOutOfUseSeesTheBookingAndHasItPlacedOnAnotherChair() {
    int day = 12;
    long clinic = practice.clinic(2);
    long treatment = practice.treatment(40, 20, "\"CLINIC\"", "");
    long nurse = practice.nurse("Page Chair Nurse", "");
    practice.shift(
        nurse, clinic, "CLINIC", TestPractice.at(day, 8, 0), TestPractice.at(day, 16, 0));
    String patient = "Seated " + practice.tag;
    Api.Reply booked =
        api.post(
            "api/appointments",
            TestPractice.clinicBooking(treatment, clinic, TestPractice.at(day, 9, 0)),
            practice.clearedPatient(patient));
    assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
    long id = booked.json().getJsonNumber("id").longValue();
    String first = booked.json().getString("chairLabel");
    String other = first.equals("C1") ? "C2" : "C1";
    String clinicName = api.get("api/admin/clinics/" + clinic, Api.ADMIN).json().getString("name");
    By row = By.xpath("//tr[td[1][.='" + clinicName + "']]");

    try (Browser browser =
        new Browser(base, "admin-takes-a-booked-chair-out-of-use", Browser.DESK)) {
      browser.logIn(Api.ADMIN);
      browser.find(By.id("role-links"));
      browser.open("admin.html#clinics");
      browser.find(row);
      browser.click(
          By.xpath(
              "//tr[td[1][.='" + clinicName + "']]//button[.='Take " + first + " out of use']"));

      String asked = browser.find(By.id("chair-form-affected")).getText();
      assertThat(asked).contains("These bookings would lose their place").contains(patient);
      assertThat(chairOf(id)).as("nothing changes before the admin agrees").isEqualTo(first);
      browser.click(By.xpath("//button[.='Place them anew and save']"));
      browser.waitForText(By.cssSelector("#chair-form .form-status"), "1 booking placed anew");
      assertThat(browser.find(By.cssSelector("#chair-form .form-status")).getText())
          .contains(patient)
          .contains("now " + other);
      assertThat(browser.find(row).getText()).contains(first + " (out of use)");
      assertThat(chairOf(id)).isEqualTo(other);

      browser.click(
          By.xpath(
              "//tr[td[1][.='" + clinicName + "']]//button[.='Take " + other + " out of use']"));
      String refused = browser.find(By.id("chair-form-affected")).getText();
      assertThat(refused).contains("These bookings cannot be placed elsewhere").contains(patient);
      assertThat(browser.all(By.xpath("//button[.='Place them anew and save']"))).isEmpty();
      assertThat(chairOf(id)).isEqualTo(other);
      JsonObject chairs = api.get("api/admin/clinics/" + clinic, Api.ADMIN).json();
      assertThat(
              chairs.getJsonArray("chairs").stream()
                  .map(c -> c.asJsonObject())
                  .filter(c -> c.getString("label").equals(other))
                  .findFirst()
                  .orElseThrow()
                  .getBoolean("active"))
          .as("the refused change was not made")
          .isTrue();
    }
  }

  private String chairOf(long appointmentId) {
    return api.get("api/appointments/" + appointmentId, Api.DISPATCHER)
        .json()
        .getString("chairLabel");
  }
}
