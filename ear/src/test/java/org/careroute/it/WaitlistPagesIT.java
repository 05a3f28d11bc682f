package org.careroute.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.OffsetDateTime;
import java.util.List;
import org.careroute.it.Api.Login;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * The waitlist's pages in a real browser: a patient joins, sees and leaves it; a waiting patient
 * accepts or declines an offer from the mail's link; the dispatcher sees a day's waitlist and adds
 * a patient to it.
 */
class WaitlistPagesIT extends DeployedApplication {

  static final int DAY = WaitingPatients.DAY;

  @RegisterExtension final Mailbox mailbox = new Mailbox();
  WaitingPatients waitlist;

  @BeforeEach
  void chromiumAndOneChair() {
    Browser.requireChromium();
    waitlist = new WaitingPatients(api, practice, mailbox);
  }

  /** A name only this test's patient has, in letters: the desk's search finds them alone. */
  private String uniqueName(String first) {
    StringBuilder last = new StringBuilder();
    practice.tag.chars().forEach(c -> last.append((char) ('a' + Character.digit(c, 16))));
    return first + " W" + last;
  }

  @Test
  void aPatientJoinsSeesAndLeavesTheWaitlistOnTheirPage() {
    Login patient = practice.clearedPatient("Joining Patient");
    try (Browser browser = new Browser(base, "waitlist-join-and-leave", Browser.PHONE)) {
      browser.logIn(patient);
      browser.waitFor(d -> d.getCurrentUrl().endsWith("patient.html"));
      browser.open("waitlist.html");
      browser.waitForText(By.id("mine-list"), "You are not waiting for a place.");
      browser.chooseValue("w-treatment", String.valueOf(waitlist.treatment));
      browser.chooseValue("w-clinic", String.valueOf(waitlist.clinic));
      browser.setValue("w-first", WaitingPatients.day(DAY).toString());
      browser.setValue("w-last", WaitingPatients.day(DAY + 3).toString());
      browser.setValue("w-earliest", "09:00");
      browser.setValue("w-latest", "11:30");
      browser.click(By.cssSelector("#join-form button[type=submit]"));

      browser.waitForText(By.cssSelector("#join-form .form-status"), "You are on the waitlist.");
      String row = browser.find(By.cssSelector("#mine-list tbody tr")).getText();
      assertThat(row).contains("09:00 – 11:30").contains("Waiting");
      assertThat(waitlist.onlyEntry(patient).getString("status")).isEqualTo("WAITING");
      browser.screenshot("joined");

      browser.click(By.xpath("//button[text()='Leave the waitlist']"));
      browser.waitForText(By.id("mine-list"), "You are not waiting for a place.");
      browser.screenshot("left");
    }
    assertThat(api.get("api/waitlist", patient).array()).isEmpty();
  }

  @Test
  void aWaitingPatientAcceptsTheHeldPlaceFromTheMailLink() {
    Login waiting = practice.clearedPatient("Accepting Patient");
    // The browser starts before the place is offered: the hold lasts 12 seconds here.
    try (Browser browser = new Browser(base, "waitlist-offer-accepted", Browser.PHONE)) {
      String token = waitlist.offeredNine(waiting);
      browser.open("offer.html?token=" + token);
      browser.waitForText(By.id("offer-text"), "We hold it for you until");
      assertThat(browser.find(By.id("offer-text")).getText()).contains("at 09:00");
      browser.screenshot("offer");

      browser.click(By.id("offer-accept"));

      browser.waitForText(
          By.cssSelector("#offer .form-status"), "Booked. A confirmation is on its way by mail.");
      browser.screenshot("accepted");
    }
    List<JsonObject> bookings =
        api.get("api/appointments", waiting).array().stream().map(a -> a.asJsonObject()).toList();
    assertThat(bookings).hasSize(1);
    assertThat(OffsetDateTime.parse(bookings.get(0).getString("windowStart")).toLocalTime())
        .hasToString("09:00");
  }

  @Test
  void aWaitingPatientDeclinesTheHeldPlaceFromTheMailLink() {
    Login waiting = practice.clearedPatient("Declining Patient");
    try (Browser browser = new Browser(base, "waitlist-offer-declined", Browser.PHONE)) {
      String token = waitlist.offeredNine(waiting);
      browser.open("offer.html?token=" + token + "&answer=decline");
      browser.waitForText(By.id("offer-text"), "We hold it for you until");

      browser.click(By.id("offer-decline"));

      browser.waitForText(
          By.cssSelector("#offer .form-status"), "The place goes to the next patient.");
      assertThat(browser.all(By.id("offer-accept")).get(0).isDisplayed()).isFalse();
      browser.screenshot("declined");
    }
    assertThat(waitlist.onlyEntry(waiting).getString("status")).isEqualTo("WAITING");
    assertThat(api.get("api/appointments", waiting).array()).isEmpty();
  }

  @Test
  void theDispatcherSeesTheDaysWaitlistWithItsOffersAndAddsAPatientToIt() {
    Login offered = practice.clearedPatient("Offered Patient");
    Login later = practice.clearedPatient("Afternoon Patient");
    String added = uniqueName("Desk");
    practice.clearedPatient(added);

    try (Browser browser = new Browser(base, "dispatcher-day-waitlist", Browser.DESK)) {
      browser.logIn(Api.DISPATCHER);
      browser.waitFor(d -> d.getCurrentUrl().endsWith("dispatcher.html"));
      // Offered only now: the hold lasts 12 seconds here.
      waitlist.offeredNine(offered);
      waitlist.joins(later, "14:00", "16:00");
      browser.open(
          "dispatcher.html?clinic=" + waitlist.clinic + "&day=" + WaitingPatients.day(DAY));
      browser.waitFor(d -> d.findElements(By.cssSelector("#waitlist-day tbody tr")).size() == 2);
      List<String> rows =
          browser.all(By.cssSelector("#waitlist-day tbody tr")).stream()
              .map(r -> r.getText())
              .toList();
      assertThat(rows.get(0))
          .contains("Offered Patient")
          .contains("09:00 – 09:30")
          .contains("offered")
          .contains("09:00, held until");
      assertThat(rows.get(1)).contains("Afternoon Patient").contains("14:00 – 16:00");

      browser.type("w-search", added);
      browser.click(By.id("w-find-patient"));
      browser.waitForText(By.id("w-patient-choices"), added);
      browser.chooseValue("w-treatment", String.valueOf(waitlist.treatment));
      browser.setValue("w-earliest", "12:00");
      browser.setValue("w-latest", "13:00");
      browser.click(By.cssSelector("#waitlist-form button[type=submit]"));

      browser.waitForText(
          By.cssSelector("#waitlist-form .form-status"), added + " is on the waitlist.");
      browser.waitFor(d -> d.findElements(By.cssSelector("#waitlist-day tbody tr")).size() == 3);
      assertThat(browser.find(By.cssSelector("#waitlist-day tbody tr:last-child")).getText())
          .contains(added)
          .contains("12:00 – 13:00");
      browser.screenshot("day-waitlist");

      browser.click(By.cssSelector("#waitlist-form button[type=submit]"));
      browser.waitForText(
          By.cssSelector("#waitlist-form .form-status"), "is already on the waitlist");
    }
  }

  @Test
  void theDispatcherSeesWhereTheOptimizerFitsAWaitingPatientApartFromTheBookings()
      throws Exception {
    waitlist.bookedAtNine(practice.clearedPatient("Booked Patient"));
    waitlist.joins(practice.clearedPatient("Fitting Patient"), "10:00", "12:00");
    String day = WaitingPatients.day(DAY).toString();
    DayPlans.solved(api, "api/plans/" + waitlist.clinic + "/" + day);

    try (Browser browser = new Browser(base, "dispatcher-waiting-fits", Browser.DESK)) {
      browser.logIn(Api.DISPATCHER);
      browser.waitFor(d -> d.getCurrentUrl().endsWith("dispatcher.html"));
      browser.open("dispatcher.html?clinic=" + waitlist.clinic + "&day=" + day);
      browser.waitForText(By.id("waiting-fits"), "could fit here");
      assertThat(browser.find(By.cssSelector("#waiting-fits li.waiting-fit")).getText())
          .startsWith("Fitting Patient could fit here: 1");
      assertThat(browser.find(By.id("unassigned")).getText()).doesNotContain("Fitting Patient");
      browser.screenshot("waiting-fits");
    }
  }
}
