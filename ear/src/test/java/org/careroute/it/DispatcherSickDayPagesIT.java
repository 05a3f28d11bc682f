package org.careroute.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A field nurse goes off sick: her released visits stay on the dispatcher's page, as unassigned
 * with the reason and on the map, until the day is optimised again.
 */
class DispatcherSickDayPagesIT extends DeployedApplication {

  static final int DAY = 14;

  @BeforeEach
  void chromium() {
    Browser.requireChromium();
  }

  @Test
  void theVisitsOfANurseOffSickStayListedAsUnassignedAndOnTheMap() {
    long clinic = practice.clinic(1);
    long treatment = practice.treatment(40, 20, "\"CLINIC\",\"HOME\"", "");
    long nurse = practice.nurse("Off Sick", "\"HOME_VISIT\"");
    practice.shift(nurse, clinic, "FIELD", TestPractice.at(DAY, 8, 0), TestPractice.at(DAY, 17, 0));
    List<Long> visits = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      Api.Login patient =
          practice.clearedPatientAt(
              "Released " + i, TestPractice.LAT, TestPractice.LON + 0.05 * (i + 1));
      Api.Reply booked =
          api.post(
              "api/appointments",
              """
          {"treatmentId":%d,"setting":"HOME","clinicId":%d,"windowStart":"%s"}"""
                  .formatted(
                      treatment, clinic, TestPractice.iso(TestPractice.at(DAY, 9 + i * 3, 0))),
              patient);
      assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
      visits.add(booked.json().getJsonNumber("id").longValue());
    }
    String date = TestPractice.at(DAY, 0, 0).toLocalDate().toString();
    Api.Reply sick =
        api.post(
            "api/plans/" + clinic + "/" + date + "/day-events",
            "{\"kind\":\"NURSE_SICK\",\"nurseId\":" + nurse + "}",
            Api.DISPATCHER);
    assertThat(sick.status()).as(sick.toString()).isEqualTo(200);

    try (Browser browser =
        new Browser(base, "dispatcher-sees-a-sick-nurses-visits", Browser.DESK)) {
      browser.logIn(Api.DISPATCHER);
      browser.waitFor(d -> d.getCurrentUrl().endsWith("dispatcher.html"));
      browser.open("dispatcher.html?clinic=" + clinic + "&day=" + date);
      browser.waitFor(
          d -> d.findElements(By.cssSelector("#unassigned li[data-appointment]")).size() == 2);

      for (long visit : visits) {
        assertThat(
                browser
                    .find(By.cssSelector("#unassigned li[data-appointment='" + visit + "']"))
                    .getText())
            .contains("On no nurse's route: its nurse is off sick");
      }
      assertThat(browser.find(By.id("unassigned")).getText())
          .doesNotContain("Everything is assigned");
      assertThat(browser.all(By.cssSelector("path.unassigned-marker"))).hasSize(2);
    }
  }
}
