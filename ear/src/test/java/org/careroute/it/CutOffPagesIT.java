package org.careroute.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A patient booking inside the online cut-off is told before booking that the time cannot be
 * changed online, and afterwards whom to call, with the clinic's number.
 */
class CutOffPagesIT extends DeployedApplication {

  static final String PHONE = "+1 916 555 0142";

  @BeforeEach
  void chromium() {
    Browser.requireChromium();
  }

  @Test
  void aBookingInsideTheCutOffIsAnnouncedBeforehandAndThenOffersTheClinicsNumberInsteadOfMove() {
    String form =
        TestPractice.clinicForm("Cut-off clinic " + practice.tag, "9 Near Street, Sacramento");
    Api.Reply created =
        api.post(
            "api/admin/clinics",
            form.substring(0, form.lastIndexOf('}')) + ",\"phone\":\"" + PHONE + "\"}",
            Api.ADMIN);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.json().getString("phone")).isEqualTo(PHONE);
    long clinic = created.json().getJsonNumber("id").longValue();
    assertThat(
            api.post("api/admin/clinics/" + clinic + "/chairs", "{\"label\":\"C1\"}", Api.ADMIN)
                .status())
        .isEqualTo(201);
    long treatment = practice.treatment(40, 20, "\"CLINIC\"", "");
    ZonedDateTime soon =
        ZonedDateTime.now(TestPractice.ZONE).plusHours(3).truncatedTo(ChronoUnit.HOURS);
    long nurse = practice.nurse("Soon Nurse", "");
    practice.shift(nurse, clinic, "CLINIC", soon.minusHours(1), soon.plusHours(3));
    Api.Login patient = practice.clearedPatient("Hasty " + practice.tag);
    String clinicName = created.json().getString("name");

    try (Browser browser = new Browser(base, "patient-books-inside-the-cut-off", Browser.PHONE)) {
      browser.logIn(patient);
      browser.chooseValue("b-treatment", String.valueOf(treatment));
      browser.chooseValue("b-clinic", String.valueOf(clinic));
      browser.setValue("b-from", soon.toLocalDate().toString());
      browser.click(By.cssSelector("#search-form button[type=submit]"));
      By late = By.xpath("//button[contains(@class,'slot')][span[@class='cutoff']]");
      assertThat(browser.find(late).getText()).contains("not changeable online");
      browser.click(late);

      assertThat(browser.find(By.id("cutoff-warning")).getText())
          .contains("too close to change or cancel online")
          .contains("Please call " + clinicName + " on " + PHONE);
      browser.click(By.id("confirm"));
      browser.waitForText(By.cssSelector("#search-form .form-status"), "Your session is booked");

      WebElement row = browser.find(By.cssSelector("#upcoming tr[data-appointment]"));
      assertThat(row.getText())
          .contains("Too close to change online. Please call " + clinicName + " on " + PHONE);
      assertThat(row.findElements(By.xpath(".//button[.='Move' or .='Cancel']"))).isEmpty();
    }
  }
}
