package org.careroute.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.careroute.it.Api.Login;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Reminders leave when the application's clock reaches their time: the test moves the clock (the
 * server under test is started with {@code careroute.test.movable-clock=true}) past 48 hours and
 * then 2 hours before a booking, and reads what arrives in a real SMTP server (GreenMail).
 */
class ReminderClockIT extends DeployedApplication {

  static final int DAY = 6;

  static final String TREATMENT_NAME = "Test treatment";

  static final String TURNED_OFF = "not sent: the recipient turned this kind of mail off";

  @RegisterExtension final Mailbox mailbox = new Mailbox();
  long clinic;
  long treatment;

  @BeforeEach
  void clinicWithClinicAndFieldNurses() {
    clinic = practice.clinic(3);
    treatment = practice.treatment(40, 20, "\"CLINIC\",\"HOME\"", "\"IV_THERAPY\"");
    long desk = practice.nurse("Clinic Nurse", "\"IV_THERAPY\"");
    practice.shift(desk, clinic, "CLINIC", TestPractice.at(DAY, 8, 0), TestPractice.at(DAY, 18, 0));
    long field = practice.nurse("Field Nurse", "\"IV_THERAPY\",\"HOME_VISIT\"");
    practice.shift(field, clinic, "FIELD", TestPractice.at(DAY, 8, 0), TestPractice.at(DAY, 18, 0));
  }

  @AfterEach
  void backToTheRealTime() {
    Api.Reply reset = api.delete("api/test/clock", Api.ADMIN);
    assertThat(reset.status()).as(reset.toString()).isEqualTo(200);
  }

  @Test
  void aHomeVisitGetsExactlyOne48HourAndThenExactlyOne2HourReminderNamingItsArrivalWindow()
      throws Exception {
    Login patient = practice.clearedPatient("Reminded Home Patient");
    JsonObject booking =
        book(patient, TestPractice.homeBooking(treatment, clinic, TestPractice.at(DAY, 9, 0)));
    long id = booking.getJsonNumber("id").longValue();
    Instant start = OffsetDateTime.parse(booking.getString("windowStart")).toInstant();
    Instant twoDaysBefore = start.minus(Duration.ofHours(48));
    Instant twoHoursBefore = start.minus(Duration.ofHours(2));
    mailbox.await(patient.login(), 1, m -> Mailbox.subject(m).contains("is confirmed"));
    assertThat(reminders(patient)).as("no reminder before the clock moves").isEmpty();

    moveClockTo(twoDaysBefore.plusSeconds(30));
    awaitReminders(id, r -> r.get(0).getString("status").equals("SENT"));
    List<JsonObject> afterFirst = remindersInOutbox(id);
    assertThat(afterFirst.get(1).getString("status"))
        .as("the 2-hour reminder waits for its time")
        .isEqualTo("PENDING");
    assertThat(Instant.parse(afterFirst.get(0).getString("sentAt")))
        .as("sent on the moved clock, not before its time")
        .isAfterOrEqualTo(twoDaysBefore);
    assertThat(reminders(patient)).hasSize(1);

    moveClockTo(twoHoursBefore.plusSeconds(30));
    awaitReminders(id, r -> r.stream().allMatch(m -> m.getString("status").equals("SENT")));
    assertThat(Instant.parse(remindersInOutbox(id).get(1).getString("sentAt")))
        .isAfterOrEqualTo(twoHoursBefore);

    List<MimeMessage> reminders = reminders(patient);
    assertThat(reminders).as("one reminder per lead time, no copy").hasSize(2);
    String day =
        TestPractice.at(DAY, 9, 0).format(DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH));
    for (MimeMessage reminder : reminders) {
      assertThat(reminder.getAllRecipients())
          .extracting(Object::toString)
          .containsExactly(patient.login());
      assertThat(Mailbox.subject(reminder))
          .isEqualTo("Reminder: your CareRoute booking on " + day)
          .doesNotContainIgnoringCase(TREATMENT_NAME);
      assertThat(MailIT.text(reminder.getContent()))
          .contains("this is a reminder of your booking")
          .contains("your nurse arrives between 09:00 and 11:00")
          .contains("Where: at your home")
          .contains("patient.html#booking-" + id);
    }
  }

  @Test
  void noReminderLeavesForACancelledBookingOrForAPatientWhoTurnedRemindersOff() {
    Login cancelling = practice.clearedPatient("Cancelling Patient");
    Login quiet = practice.clearedPatient("Quiet Patient");
    Login reminded = practice.clearedPatient("Still Reminded Patient");
    long cancelled = id(book(cancelling, clinicBooking(9, 0)));
    long unwanted = id(book(quiet, clinicBooking(9, 0)));
    JsonObject last = book(reminded, clinicBooking(9, 30));
    Instant lastStart = OffsetDateTime.parse(last.getString("windowStart")).toInstant();
    assertThat(api.post("api/appointments/" + cancelled + "/cancel", "", cancelling).status())
        .isEqualTo(200);
    Api.Reply off = api.put("api/mail/preferences", "{\"REMINDER\": false}", quiet);
    assertThat(off.status()).as(off.toString()).isEqualTo(200);
    mailbox.await(cancelling.login(), 1, m -> Mailbox.subject(m).contains("is cancelled"));
    mailbox.await(quiet.login(), 1, m -> Mailbox.subject(m).contains("is confirmed"));

    // Past every reminder of the three bookings.
    moveClockTo(lastStart.minus(Duration.ofHours(2)).plusSeconds(30));
    awaitReminders(id(last), r -> r.stream().allMatch(m -> m.getString("status").equals("SENT")));
    awaitReminders(
        unwanted, r -> r.stream().allMatch(m -> m.getString("status").equals("NOT_SENT")));

    assertThat(remindersInOutbox(unwanted))
        .allSatisfy(m -> assertThat(m.getString("lastError")).isEqualTo(TURNED_OFF));
    assertThat(remindersInOutbox(cancelled)).as("a cancellation withdraws its reminders").isEmpty();
    assertThat(reminders(reminded)).hasSize(2);
    assertThat(reminders(quiet)).isEmpty();
    assertThat(reminders(cancelling)).isEmpty();
    assertThat(mailbox.to(cancelling.login()).stream().map(Mailbox::subject))
        .allMatch(s -> s.contains("is confirmed") || s.contains("is cancelled"));
  }

  @Test
  void onlyAnAdminMovesTheClockAndOnlyToATimeGivenAsAnInstant() {
    Login patient = practice.clearedPatient("Curious Patient");
    assertThat(api.put("api/test/clock", "{\"now\":\"2030-01-01T00:00:00Z\"}", patient).status())
        .isEqualTo(403);
    Api.Reply vague = api.put("api/test/clock", "{\"now\":\"next tuesday\"}", Api.ADMIN);
    assertThat(vague.status()).isEqualTo(400);
    assertThat(vague.contentType()).startsWith("application/problem+json");
    assertThat(vague.body()).contains("ISO-8601");
    Instant target = Instant.now().plus(Duration.ofDays(3));
    Api.Reply moved = api.put("api/test/clock", "{\"now\":\"%s\"}".formatted(target), Api.ADMIN);
    assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
    assertThat(Instant.parse(api.get("api/test/clock", Api.ADMIN).json().getString("now")))
        .isBetween(target, target.plus(Duration.ofMinutes(5)));
  }

  private String clinicBooking(int hour, int minute) {
    return TestPractice.clinicBooking(treatment, clinic, TestPractice.at(DAY, hour, minute));
  }

  private JsonObject book(Login patient, String booking) {
    return practice.booked(patient, booking);
  }

  private static long id(JsonObject booking) {
    return booking.getJsonNumber("id").longValue();
  }

  private void moveClockTo(Instant now) {
    Api.Reply moved = api.put("api/test/clock", "{\"now\":\"%s\"}".formatted(now), Api.ADMIN);
    assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
  }

  private List<MimeMessage> reminders(Login patient) {
    return mailbox.to(patient.login()).stream()
        .filter(m -> Mailbox.subject(m).startsWith("Reminder"))
        .toList();
  }

  /** The booking's reminders in the outbox, earliest due first. */
  private List<JsonObject> remindersInOutbox(long appointmentId) {
    Api.Reply outbox = api.get("api/admin/outbox?limit=500", Api.ADMIN);
    assertThat(outbox.status()).as(outbox.toString()).isEqualTo(200);
    return outbox.array().stream()
        .map(m -> m.asJsonObject())
        .filter(m -> m.getString("kind").equals("REMINDER"))
        .filter(
            m ->
                m.containsKey("appointmentId")
                    && m.getJsonNumber("appointmentId").longValue() == appointmentId)
        .sorted((a, b) -> a.getString("dueAt").compareTo(b.getString("dueAt")))
        .toList();
  }

  /** Waits until the senders have dealt with the booking's reminders as {@code settled} says. */
  private void awaitReminders(long appointmentId, Predicate<List<JsonObject>> settled) {
    Instant until = Instant.now().plusSeconds(60);
    List<JsonObject> reminders = remindersInOutbox(appointmentId);
    while (reminders.size() != 2 || !settled.test(reminders)) {
      assertThat(Instant.now()).as("reminders of %d: %s", appointmentId, reminders).isBefore(until);
      Mailbox.pause(Duration.ofMillis(300));
      reminders = remindersInOutbox(appointmentId);
    }
  }
}
