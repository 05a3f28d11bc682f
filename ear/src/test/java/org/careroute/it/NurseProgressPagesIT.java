package org.careroute.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import org.careroute.it.Api.Login;
import org.careroute.it.TestPractice.TodayClinic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A nurse records progress on the phone page as at the bedside: only today's visits, a mistaken
 * mark taken back, and a session that ends well before its planned length confirmed as early.
 */
class NurseProgressPagesIT extends DeployedApplication {

  @BeforeEach
  void chromium() {
    Browser.requireChromium();
  }

  @Test
  void aNurseMarksOnlyTodaysVisitUndoesAMistakeAndConfirmsAnEarlyFinish() {
    TodayClinic clinic = practice.clinicWhereTheDayIsAhead(2);
    long treatment = practice.treatment(45, 20, "\"CLINIC\"", "");
    Login nurse = practice.nurseWithLogin("Petra Progress");
    for (int d = 0; d <= 1; d++) {
      practice.shift(
          practice.nurseId(nurse), clinic.id(), "CLINIC", clinic.at(d, 7, 0), clinic.at(d, 17, 0));
    }
    long tomorrow = book(treatment, clinic, 1, "Tomorrow Theo");
    long today = book(treatment, clinic, 0, "Today Tara");

    try (Browser browser = new Browser(base, "nurse-progress-early-finish", Browser.PHONE)) {
      browser.logIn(nurse);
      browser.waitFor(d -> d.getCurrentUrl().endsWith("nurse.html"));

      browser.open("nurse.html?day=" + clinic.today().plusDays(1));
      String ahead = "#visits li[data-visit='" + tomorrow + "'] ";
      browser.waitForText(By.cssSelector(ahead + ".actions"), "on the day of the visit only");
      assertThat(browser.all(By.cssSelector(ahead + "button")))
          .as("no mark buttons on tomorrow's visit")
          .isEmpty();
      Api.Reply refused =
          api.post("api/nurse/visits/" + tomorrow + "/progress", "{\"step\":\"ARRIVED\"}", nurse);
      assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
      assertThat(refused.json().getString("detail"))
          .startsWith("You can mark only today's visits; this one is on");

      browser.open("nurse.html?day=" + clinic.today());
      String visit = "#visits li[data-visit='" + today + "'] ";
      browser.find(By.cssSelector(visit + "button[value=ARRIVED]"));
      assertThat(buttons(browser, visit)).containsExactly("Mark arrived");
      browser.click(By.cssSelector(visit + "button[value=ARRIVED]"));
      browser.waitForText(By.cssSelector(visit + ".visit-status"), "Arrived at");
      assertThat(buttons(browser, visit)).containsExactly("Mark started", "Undo");
      assertThat(browser.find(By.cssSelector(visit + ".form-status")).getText())
          .isEqualTo("Marked arrived.");
      assertThat(pinned(today)).as("held in place while the nurse is there").isTrue();

      browser.click(By.cssSelector(visit + "button[value=UNDO]"));
      browser.waitForText(By.cssSelector(visit + ".visit-status"), "Booked");
      assertThat(buttons(browser, visit)).containsExactly("Mark arrived");
      assertThat(pinned(today)).as("undone: no longer held in place").isFalse();

      browser.click(By.cssSelector(visit + "button[value=ARRIVED]"));
      browser.waitForText(By.cssSelector(visit + ".visit-status"), "Arrived at");
      browser.click(By.cssSelector(visit + "button[value=STARTED]"));
      browser.waitForText(By.cssSelector(visit + ".visit-status"), "Started at");
      assertThat(buttons(browser, visit)).containsExactly("Mark finished", "Undo");

      browser.click(By.cssSelector(visit + "button[value=FINISHED]"));
      browser.waitForText(
          By.cssSelector(visit + ".form-status"), "run 0 minutes of the 65 minutes planned");
      WebElement confirm = browser.find(By.cssSelector(visit + "button[data-confirm]"));
      assertThat(confirm.getText()).isEqualTo("Yes, it finished early");
      assertThat(browser.find(By.cssSelector(visit + ".form-status")).getAttribute("role"))
          .isEqualTo("status");
      assertThat(api.get("api/appointments/" + today, Api.DISPATCHER).json().getString("status"))
          .as("not finished until confirmed")
          .isEqualTo("CHECKED_IN");

      confirm.click();
      browser.waitForText(By.cssSelector(visit + ".visit-status"), "Finished early: 0 min of 65");
      assertThat(buttons(browser, visit)).containsExactly("Undo");
    }

    JsonObject finished = api.get("api/appointments/" + today, Api.DISPATCHER).json();
    assertThat(finished.getString("status")).isEqualTo("COMPLETED");
    JsonObject onTheDay =
        api.get("api/nurse/visits?day=" + clinic.today(), nurse).array().getJsonObject(0);
    assertThat(onTheDay.getBoolean("finishedEarly")).isTrue();
    assertThat(api.get("api/appointments/" + tomorrow, Api.DISPATCHER).json().getString("status"))
        .isEqualTo("BOOKED");
  }

  private long book(long treatment, TodayClinic clinic, int daysAhead, String patient) {
    return practice.bookedId(
        practice.clearedPatient(patient),
        TestPractice.clinicBooking(treatment, clinic.id(), clinic.at(daysAhead, 9, 0)));
  }

  private boolean pinned(long appointment) {
    return api.get("api/appointments/" + appointment, Api.DISPATCHER).json().getBoolean("pinned");
  }

  /** The labels of the buttons the nurse can press at the visit now. */
  private static List<String> buttons(Browser browser, String visit) {
    return browser.all(By.cssSelector(visit + "form button")).stream()
        .filter(WebElement::isDisplayed)
        .map(WebElement::getText)
        .toList();
  }
}
