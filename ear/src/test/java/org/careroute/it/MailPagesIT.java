package org.careroute.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careroute.it.Api.Login;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The mail pages in a real browser: a patient turns reminders off and on again on mail.html, a
 * mail's unsubscribe link opens the page without a login and stops that kind of mail, and an admin
 * reads on outbox.html what the practice mailed and what it did not send, with no treatment in any
 * subject.
 */
class MailPagesIT extends DeployedApplication {

  static final int DAY = 6;

  private static final Pattern UNSUBSCRIBE =
      Pattern.compile("(mail\\.html\\?token=[0-9a-f]+&kind=[A-Z_]+)");

  @RegisterExtension final Mailbox mailbox = new Mailbox();
  long clinic;
  long treatment;

  @BeforeEach
  void chromiumAndAClinic() {
    Browser.requireChromium();
    clinic = practice.clinic(3);
    treatment = practice.treatment(40, 20, "\"CLINIC\"", "");
    long nurse = practice.nurse("Pages Mail Nurse", "");
    practice.shift(
        nurse, clinic, "CLINIC", TestPractice.at(DAY, 8, 0), TestPractice.at(DAY, 18, 0));
  }

  @Test
  void aPatientTurnsRemindersOffAndOnAgainAndThePageAndTheServerAgree() {
    Login patient = practice.clearedPatient("Choosy Patient");
    By reminders = By.cssSelector("#mail-kinds input[value=REMINDER]");
    By saved = By.cssSelector("#mail-form .form-status");

    try (Browser browser = new Browser(base, "patient-chooses-mail", Browser.PHONE)) {
      browser.logIn(patient);
      browser.waitFor(d -> d.getCurrentUrl().contains("patient.html"));
      browser.open("mail.html");
      assertThat(browser.find(By.id("mail-who")).getText()).contains(patient.login());
      assertThat(browser.find(reminders).isSelected()).isTrue();

      browser.click(reminders);
      browser.click(By.cssSelector("#mail-form button[type=submit]"));
      browser.waitForText(saved, "Saved.");
      assertThat(wants(patient, "REMINDER")).isFalse();
      assertThat(wants(patient, "CONFIRMATION")).as("only the one kind").isTrue();

      browser.open("mail.html");
      assertThat(browser.find(reminders).isSelected()).as("kept after a reload").isFalse();
      browser.screenshot("patient-turned-reminders-off");
      browser.click(reminders);
      browser.click(By.cssSelector("#mail-form button[type=submit]"));
      browser.waitForText(saved, "Saved.");
      assertThat(wants(patient, "REMINDER")).isTrue();
    }
  }

  @Test
  void theUnsubscribeLinkOfAMailOpensWithoutALoginAndStopsThatKindOfMail() throws Exception {
    Login patient = practice.clearedPatient("Unsubscribing Patient");
    book(patient, 10);
    MimeMessage confirmation =
        mailbox.await(patient.login(), 1, m -> Mailbox.subject(m).contains("is confirmed")).get(0);
    String body = MailIT.text(((Multipart) confirmation.getContent()).getBodyPart(0).getContent());
    Matcher link = UNSUBSCRIBE.matcher(body);
    assertThat(link.find()).as(body).isTrue();
    assertThat(link.group(1)).endsWith("&kind=CONFIRMATION");

    try (Browser browser = new Browser(base, "unsubscribe-link-landing", Browser.PHONE)) {
      browser.open(link.group(1));
      assertThat(browser.find(By.id("mail-who")).getText())
          .contains(patient.login())
          .contains("To turn a kind of mail on again, log in");
      assertThat(browser.find(By.id("mail-offer")).getText())
          .startsWith("You came from a mail of this kind:");
      browser.screenshot("unsubscribe-link-landing-before");
      browser.click(By.id("mail-stop"));
      browser.waitForText(
          By.cssSelector("#mail-form .form-status"), "That kind of mail is stopped.");
      assertThat(browser.find(By.cssSelector("#mail-kinds input[value=CONFIRMATION]")).isSelected())
          .isFalse();
      assertThat(browser.find(By.cssSelector("#mail-kinds input[value=CONFIRMATION]")).isEnabled())
          .as("the link alone cannot turn it on again")
          .isFalse();
    }
    assertThat(wants(patient, "CONFIRMATION")).isFalse();
    assertThat(wants(patient, "REMINDER")).as("the other kinds stay on").isTrue();
  }

  @Test
  void anAdminReadsWhatWasSentAndWhatWasNotAndWhyWithNoTreatmentInAnySubject() {
    Login mailed = practice.clearedPatient("Mailed Patient");
    Login quiet = practice.clearedPatient("Quiet Outbox Patient");
    Api.Reply off = api.put("api/mail/preferences", "{\"CONFIRMATION\": false}", quiet);
    assertThat(off.status()).as(off.toString()).isEqualTo(200);
    book(mailed, 9);
    book(quiet, 11);
    mailbox.await(mailed.login(), 1, m -> Mailbox.subject(m).contains("is confirmed"));
    awaitConfirmationNotSent(quiet.login());

    try (Browser browser = new Browser(base, "admin-reads-the-outbox", Browser.DESK)) {
      browser.logIn(Api.ADMIN);
      // An admin who is also a clinician is asked where to go.
      browser.find(By.linkText("Clinic administration"));
      browser.open("outbox.html");
      WebElement sent = row(browser, mailed.login(), "Booking confirmed");
      assertThat(cells(sent).get(3)).isEqualTo("attached");
      assertThat(cells(sent).get(4)).startsWith("sent ").contains(" by ");
      WebElement notSent = row(browser, quiet.login(), "Booking confirmed");
      assertThat(cells(notSent).get(4))
          .isEqualTo("not sent: the recipient turned this kind of mail off");
      assertThat(browser.all(By.cssSelector("#outbox-list tbody tr td:nth-child(3)")))
          .extracting(WebElement::getText)
          .isNotEmpty()
          .noneMatch(subject -> subject.contains("Test treatment"));
    }
  }

  private void book(Login patient, int hour) {
    practice.booked(
        patient, TestPractice.clinicBooking(treatment, clinic, TestPractice.at(DAY, hour, 0)));
  }

  private boolean wants(Login person, String kind) {
    Api.Reply preferences = api.get("api/mail/preferences", person);
    assertThat(preferences.status()).as(preferences.toString()).isEqualTo(200);
    return preferences.json().getJsonArray("choices").stream()
        .map(c -> c.asJsonObject())
        .filter(c -> c.getString("kind").equals(kind))
        .findFirst()
        .orElseThrow()
        .getBoolean("wanted");
  }

  private static List<String> cells(WebElement row) {
    return row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
  }

  private static WebElement row(Browser browser, String recipient, String what) {
    return browser.waitFor(
        d ->
            d.findElements(By.cssSelector("#outbox-list tbody tr")).stream()
                .filter(r -> cells(r).get(1).equals(recipient) && cells(r).get(0).equals(what))
                .findFirst()
                .orElse(null));
  }

  /** Waits until the senders have set the recipient's confirmation aside as not wanted. */
  private void awaitConfirmationNotSent(String recipient) {
    Instant until = Instant.now().plusSeconds(60);
    while (api.get("api/admin/outbox?limit=500", Api.ADMIN).array().stream()
        .map(m -> m.asJsonObject())
        .noneMatch(
            m ->
                m.getString("recipient").equals(recipient)
                    && m.getString("kind").equals("CONFIRMATION")
                    && m.getString("status").equals("NOT_SENT"))) {
      assertThat(Instant.now()).as("%s's confirmation set aside", recipient).isBefore(until);
      Mailbox.pause(Duration.ofMillis(300));
    }
  }
}
