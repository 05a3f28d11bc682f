package org.careroute.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * A patient on a phone gives a street address, never coordinates: the pin the map shows is dragged
 * onto the house, a home visit is booked, and the profile is edited later. Without an address the
 * booking page says once where to add it.
 */
class HomeAddressPagesIT extends DeployedApplication {

  @BeforeEach
  void chromium() {
    Browser.requireChromium();
  }

  @Test
  void aPatientRegistersWithAnAddressDragsThePinBooksAHomeVisitAndEditsTheProfile() {
    int day = 9;
    long clinic = practice.clinic(1);
    long treatment = practice.treatment(40, 20, "\"HOME\"", "");
    long nurse = practice.nurse("Pin Field Nurse", "\"HOME_VISIT\"");
    practice.shift(nurse, clinic, "FIELD", TestPractice.at(day, 8, 0), TestPractice.at(day, 16, 0));
    String email = "pin." + UUID.randomUUID().toString().substring(0, 8) + "@patients.example";

    try (Browser browser = new Browser(base, "patient-drags-the-home-pin", Browser.PHONE)) {
      browser.open("patient.html#register");
      browser.type("r-email", email);
      browser.type("r-password", TestPractice.PASSWORD);
      browser.type("r-name", "Pia Pinner");
      browser.setValue("r-birth", "1981-06-01");
      browser.type("r-homeStreet", "2401 K Street");
      browser.type("r-homePostalCode", "95816");
      browser.type("r-homeCity", "Sacramento");
      browser.click(By.id("r-find"));

      WebElement pin = browser.find(By.cssSelector("#r-map .leaflet-marker-icon"));
      browser.waitForText(By.id("r-note"), "approximate location");
      String foundLatitude = hidden(browser, "profile.homeLatitude");
      assertThat(Double.parseDouble(foundLatitude)).isBetween(38.57, 38.58);
      assertThat(hidden(browser, "profile.homeLocationApproximate")).isEqualTo("true");

      new Actions(browser.driver)
          .clickAndHold(pin)
          .moveByOffset(10, -10)
          .moveByOffset(20, -20)
          .moveByOffset(10, -10)
          .release()
          .perform();
      browser.waitForText(By.id("r-note"), "the nurse comes exactly there");
      assertThat(hidden(browser, "profile.homeLatitude")).isNotEqualTo(foundLatitude);
      assertThat(hidden(browser, "profile.homeLocationApproximate")).isEqualTo("false");

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
      browser.click(By.cssSelector("input[name=setting][value=HOME]"));
      assertThat(browser.find(By.id("b-from")).isDisplayed()).isTrue();
      assertThat(browser.all(By.id("home-needs-address")).get(0).isDisplayed())
          .as("an address is known: no notice")
          .isFalse();
      browser.setValue("b-from", TestPractice.at(day, 0, 0).toLocalDate().toString());
      browser.click(By.cssSelector("#search-form button[type=submit]"));
      browser.click(By.cssSelector("#slots .slot"));
      browser.click(By.id("confirm"));
      browser.waitForText(By.cssSelector("#search-form .form-status"), "Your session is booked");
      assertThat(browser.find(By.cssSelector("#upcoming tr[data-appointment]")).getText())
          .contains("At home");

      browser.click(By.id("profile-link"));
      browser.waitFor(
          d -> "2401 K Street".equals(d.findElement(By.id("p-homeStreet")).getAttribute("value")));
      browser.find(By.cssSelector("#p-map .leaflet-marker-icon"));
      browser.waitForText(By.id("p-note"), "where the nurse comes");
      browser.type("p-phone", "+1 916 555 0142");
      browser.click(By.cssSelector("#profile-form button[type=submit]"));
      browser.waitForText(By.cssSelector("#profile-form .form-status"), "Your profile is saved.");
    }

    JsonObject me = api.get("api/patients/me", new Api.Login(email, TestPractice.PASSWORD)).json();
    assertThat(me.getString("phone")).isEqualTo("+1 916 555 0142");
    assertThat(me.getString("homeAddress")).isEqualTo("2401 K Street, 95816 Sacramento");
    assertThat(me.getBoolean("homeLocationApproximate")).as("the pin was dragged").isFalse();
  }

  @Test
  void withoutAnAddressTheBookingPageSaysOnceWhereToAddIt() {
    String email = "nopin." + UUID.randomUUID().toString().substring(0, 8) + "@patients.example";
    Api.Reply created =
        api.post(
            "api/patients",
            """
            {"email":"%s","password":"%s","profile":{"fullName":"Nora Nowhere","dateOfBirth":"1975-02-03"}}"""
                .formatted(email, TestPractice.PASSWORD),
            null);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    Api.Login patient = new Api.Login(email, TestPractice.PASSWORD);
    practice.screen(patient, false);
    long treatment = practice.treatment(40, 20, "\"CLINIC\",\"HOME\"", "");

    try (Browser browser = new Browser(base, "patient-without-an-address", Browser.PHONE)) {
      browser.logIn(patient);
      browser.chooseValue("b-treatment", String.valueOf(treatment));
      browser.click(By.cssSelector("input[name=setting][value=HOME]"));

      WebElement notice = browser.find(By.id("home-needs-address"));
      assertThat(notice.getText()).contains("Add your home address on your profile");
      assertThat(notice.findElement(By.tagName("a")).getAttribute("href")).endsWith("profile.html");
      assertThat(browser.all(By.xpath("//*[contains(text(), 'home address')]")))
          .as("said once")
          .hasSize(1);
      assertThat(browser.find(By.cssSelector("#search-form button[type=submit]")).isEnabled())
          .isFalse();

      notice.findElement(By.tagName("a")).click();
      // The profile shows what is saved first; typing before it has loaded would be overwritten.
      browser.waitFor(
          d -> "Nora Nowhere".equals(d.findElement(By.id("p-name")).getAttribute("value")));
      browser.type("p-homeStreet", "2401 K Street");
      browser.type("p-homePostalCode", "95816");
      browser.type("p-homeCity", "Sacramento");
      browser.click(By.id("p-find"));
      browser.find(By.cssSelector("#p-map .leaflet-marker-icon"));
      browser.click(By.cssSelector("#profile-form button[type=submit]"));
      browser.waitForText(By.cssSelector("#profile-form .form-status"), "Your profile is saved.");
      browser.open("patient.html");
      browser.chooseValue("b-treatment", String.valueOf(treatment));
      browser.click(By.cssSelector("input[name=setting][value=HOME]"));
      browser.waitFor(
          d ->
              d.findElement(By.cssSelector("#search-form button[type=submit]")).isEnabled()
                  && !d.findElement(By.id("home-needs-address")).isDisplayed(),
          Duration.ofSeconds(10));
    }
  }

  @Test
  void anAdminAddsAPostalCodeToTheTableThatLocatesAddresses() {
    String code = "Y" + practice.tag.toUpperCase();
    try (Browser browser = new Browser(base, "admin-adds-a-postal-code", Browser.DESK)) {
      browser.logIn(Api.ADMIN);
      browser.find(By.id("role-links"));
      browser.open("admin.html#postal-codes");
      browser.find(By.cssSelector("#postal-code-list tr[data-postal-code='95816']"));
      browser.type("pc-code", code);
      browser.type("pc-place", "Testville");
      browser.type("pc-lat", "95");
      browser.type("pc-lon", "-121.33");
      browser.click(By.cssSelector("#postal-code-form button[type=submit]"));
      assertThat(browser.find(By.cssSelector("#postal-code-form .field-error")).getText())
          .contains("Latitude lies between -90 and 90");

      browser.type("pc-lat", "38.61");
      browser.click(By.cssSelector("#postal-code-form button[type=submit]"));
      browser.waitForText(
          By.cssSelector("#postal-code-form .form-status"), code + " (Testville) saved");
      assertThat(
              browser
                  .find(By.cssSelector("#postal-code-list tr[data-postal-code='" + code + "']"))
                  .getText())
          .contains("Testville", "38.61, -121.33");
    }
    Api.Reply found =
        api.post(
            "api/addresses/locate",
            "{\"street\":\"1 Test Lane\",\"postalCode\":\"%s\",\"city\":\"Testville\"}"
                .formatted(code),
            null);
    assertThat(found.status()).as(found.toString()).isEqualTo(200);
  }

  private static String hidden(Browser browser, String name) {
    return browser.driver.findElement(By.name(name)).getAttribute("value");
  }
}
