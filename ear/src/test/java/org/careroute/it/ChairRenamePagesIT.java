package org.careroute.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * An admin renames a chair on the admin page in headless Chromium; a label another chair of the
 * clinic has is refused with a message saying what to do. Opening hours read as the practice says
 * them, without seconds.
 */
class ChairRenamePagesIT extends DeployedApplication {

  @BeforeEach
  void chromium() {
    Browser.requireChromium();
  }

  @Test
  void anAdminRenamesAChairIsToldWhenTheLabelIsTakenAndReadsOpeningHoursWithoutSeconds() {
    long clinic = practice.clinic(2);
    String clinicName = api.get("api/admin/clinics/" + clinic, Api.ADMIN).json().getString("name");
    By row = By.xpath("//tr[td[1][.='" + clinicName + "']]");

    try (Browser browser = new Browser(base, "admin-renames-a-chair", Browser.DESK)) {
      browser.logIn(Api.ADMIN);
      browser.find(By.id("role-links"));
      browser.open("admin.html#clinics");
      assertThat(browser.find(row).getText())
          .contains("Monday 00:00–23:59")
          .doesNotContain("00:00:00");

      browser.click(By.xpath("//tr[td[1][.='" + clinicName + "']]//button[.='Rename C1']"));
      assertThat(browser.find(By.id("chair-rename-title")).getText())
          .isEqualTo("Rename C1 at " + clinicName);
      browser.type("chair-new-label", "Window 1");
      browser.click(By.xpath("//button[.='Save label']"));
      browser.waitForText(By.cssSelector("#chair-form .form-status"), "is now called Window 1");
      assertThat(browser.find(row).getText()).contains("Window 1").doesNotContain("C1");

      browser.click(By.xpath("//tr[td[1][.='" + clinicName + "']]//button[.='Rename C2']"));
      browser.type("chair-new-label", "Window 1");
      browser.click(By.xpath("//button[.='Save label']"));
      browser.waitForText(
          By.cssSelector("#chair-rename-form .form-status"),
          "already has a chair labelled Window 1");
      assertThat(browser.find(row).getText()).contains("C2");
    }
    assertThat(
            api.get("api/admin/clinics/" + clinic, Api.ADMIN).json().getJsonArray("chairs").stream()
                .map(c -> c.asJsonObject().getString("label")))
        .containsExactlyInAnyOrder("Window 1", "C2");
  }
}
