package org.careroute.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.careroute.it.Api.Login;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Confirmations, reminders and notices through the outbox to a real SMTP server (GreenMail), which
 * the server under test reaches at {@code test.smtp.port}.
 */
class MailIT extends DeployedApplication {

  static final int DAY = 6;

  /** What TestPractice names its treatments: a health detail no subject may carry. */
  static final String TREATMENT_NAME = "Test treatment";

  @RegisterExtension final Mailbox mailbox = new Mailbox();
  long clinic;
  long treatment;

  @BeforeEach
  void clinicWithANurse() {
    clinic = practice.clinic(3);
    treatment = practice.treatment(40, 20, "\"CLINIC\",\"HOME\"", "\"IV_THERAPY\"");
    long nurse = practice.nurse("Mail Nurse", "\"IV_THERAPY\"");
    practice.shift(
        nurse, clinic, "CLINIC", TestPractice.at(DAY, 8, 0), TestPractice.at(DAY, 18, 0));
  }

  private JsonObject book(Login patient, ZonedDateTime start) {
    return practice.booked(patient, TestPractice.clinicBooking(treatment, clinic, start));
  }

  private List<JsonObject> outboxOf(long appointmentId) {
    Api.Reply outbox = api.get("api/admin/outbox?limit=500", Api.ADMIN);
    assertThat(outbox.status()).as(outbox.toString()).isEqualTo(200);
    return outbox.array().stream()
        .map(m -> m.asJsonObject())
        .filter(
            m ->
                m.containsKey("appointmentId")
                    && m.getJsonNumber("appointmentId").longValue() == appointmentId)
        .toList();
  }

  private static List<Instant> reminderDueTimes(List<JsonObject> messages, String status) {
    return messages.stream()
        .filter(m -> m.getString("kind").equals("REMINDER"))
        .filter(m -> m.getString("status").equals(status))
        .map(m -> Instant.parse(m.getString("dueAt")))
        .sorted()
        .toList();
  }

  static String text(Object content) throws Exception {
    if (content instanceof String s) {
      return s;
    }
    if (content instanceof InputStream in) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    throw new IOException("Unexpected content " + content.getClass());
  }

  @Test
  void registeringAKnownAddressAgainChangesNothingAndTellsTheAddresssOwnerByMail()
      throws Exception {
    Login patient = practice.registeredPatient("Known Patient");
    Api.Reply again =
        api.post(
            "api/patients",
            """
        {"email":"%s","password":"another-long-password","profile":{"fullName":"Someone Else",
         "dateOfBirth":"1981-02-03","phone":"+1 916 555 0199","homeStreet":"3 Oak Street",
         "homePostalCode":"95678","homeCity":"Roseville","homeLatitude":%s,"homeLongitude":%s}}"""
                .formatted(patient.login(), TestPractice.LAT, TestPractice.LON),
            null);
    assertThat(again.status()).as(again.toString()).isEqualTo(201);

    MimeMessage mail =
        mailbox
            .await(
                patient.login(), 1, m -> Mailbox.subject(m).equals("About your CareRoute account"))
            .get(0);
    assertThat(text(mail.getContent()))
        .contains("already has one. Nothing was changed.")
        .doesNotContain("another-long-password");
    Api.Reply profile = api.get("api/patients/me", patient);
    assertThat(profile.json().getString("fullName")).isEqualTo("Known Patient");
  }

  @Test
  void aBookingMailsItsPatientAConfirmationWithTheCalendarFileAndNoTreatmentInTheSubject()
      throws Exception {
    Login patient = practice.clearedPatient("Confirmed Patient");
    JsonObject booking = book(patient, TestPractice.at(DAY, 9, 30));

    MimeMessage mail =
        mailbox.await(patient.login(), 1, m -> Mailbox.subject(m).contains("is confirmed")).get(0);

    assertThat(mail.getFrom()[0].toString()).isEqualTo("desk@careroute.test");
    String day =
        TestPractice.at(DAY, 9, 30)
            .format(DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH));
    assertThat(Mailbox.subject(mail))
        .isEqualTo("Your CareRoute booking on " + day + " is confirmed")
        .doesNotContainIgnoringCase(TREATMENT_NAME);
    assertThat(mail.getHeader("List-Unsubscribe")[0]).contains("mail.html?token=");
    MimeMultipart parts = (MimeMultipart) mail.getContent();
    assertThat(parts.getCount()).isEqualTo(2);
    String body = text(parts.getBodyPart(0).getContent());
    assertThat(body)
        .contains("What: " + TREATMENT_NAME)
        .contains("When: " + day + " at 09:30")
        .contains("patient.html#booking-" + booking.getJsonNumber("id").longValue())
        .contains("To stop mails like this one");
    BodyPart calendar = parts.getBodyPart(1);
    assertThat(calendar.getFileName())
        .isEqualTo("careroute-booking-" + booking.getJsonNumber("id").longValue() + ".ics");
    assertThat(calendar.getContentType()).startsWith("text/calendar");
    assertThat(text(calendar.getContent()))
        .contains("BEGIN:VCALENDAR")
        .contains("UID:appointment-" + booking.getJsonNumber("id").longValue() + "@careroute");
  }

  @Test
  void remindersAreDue48And2HoursBeforeTheStartAndWaitUntilThen() {
    Login patient = practice.clearedPatient("Reminded Patient");
    JsonObject booking = book(patient, TestPractice.at(DAY, 11, 0));
    long id = booking.getJsonNumber("id").longValue();
    Instant start = OffsetDateTime.parse(booking.getString("windowStart")).toInstant();

    mailbox.await(patient.login(), 1, m -> Mailbox.subject(m).contains("is confirmed"));

    List<JsonObject> messages = outboxOf(id);
    assertThat(reminderDueTimes(messages, "PENDING"))
        .containsExactly(start.minus(Duration.ofHours(48)), start.minus(Duration.ofHours(2)));
    assertThat(mailbox.to(patient.login()))
        .as("no reminder leaves before it is due")
        .noneMatch(m -> Mailbox.subject(m).startsWith("Reminder"));
  }

  @Test
  void aMoveIsToldWithNewRemindersAndACancellationLeavesNoReminder() throws Exception {
    Login patient = practice.clearedPatient("Moving Patient");
    JsonObject booking = book(patient, TestPractice.at(DAY, 9, 0));
    long id = booking.getJsonNumber("id").longValue();
    mailbox.await(patient.login(), 1, m -> Mailbox.subject(m).contains("is confirmed"));

    Api.Reply moved =
        api.post(
            "api/appointments/" + id + "/reschedule",
            """
        {"windowStart":"%s"}"""
                .formatted(TestPractice.iso(TestPractice.at(DAY, 14, 0))),
            patient);
    assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
    MimeMessage change =
        mailbox.await(patient.login(), 1, m -> Mailbox.subject(m).contains("has moved")).stream()
            .filter(m -> Mailbox.subject(m).contains("has moved"))
            .findFirst()
            .orElseThrow();
    String body = text(((MimeMultipart) change.getContent()).getBodyPart(0).getContent());
    assertThat(body).contains("at 09:00 has moved").containsPattern("When: [^\\r\\n]* at 14:00");
    Instant newStart = OffsetDateTime.parse(moved.json().getString("windowStart")).toInstant();
    assertThat(reminderDueTimes(outboxOf(id), "PENDING"))
        .containsExactly(newStart.minus(Duration.ofHours(48)), newStart.minus(Duration.ofHours(2)));

    assertThat(api.post("api/appointments/" + id + "/cancel", "", patient).status()).isEqualTo(200);
    mailbox.await(patient.login(), 1, m -> Mailbox.subject(m).contains("is cancelled"));
    assertThat(reminderDueTimes(outboxOf(id), "PENDING")).isEmpty();
    assertThat(mailbox.to(patient.login())).hasSize(3);
  }

  @Test
  void aHeldBookingIsMailedOnlyOnceAClinicianApprovesTheScreening() {
    long acls = practice.nurse("Enhanced Nurse", "\"IV_THERAPY\",\"ACLS\"");
    practice.shift(acls, clinic, "CLINIC", TestPractice.at(DAY, 8, 0), TestPractice.at(DAY, 18, 0));
    Login patient = practice.registeredPatient("Held Patient");
    long screeningId = practice.screen(patient, true).json().getJsonNumber("id").longValue();
    JsonObject held = book(patient, TestPractice.at(DAY, 10, 0));
    assertThat(held.getString("status")).isEqualTo("REQUESTED");
    long id = held.getJsonNumber("id").longValue();
    assertThat(outboxOf(id)).as("nothing is promised before the clinician approves").isEmpty();

    Api.Reply approved =
        api.post("api/screenings/" + screeningId + "/approve", "{}", Api.CLINICIAN);
    assertThat(approved.status()).as(approved.toString()).isEqualTo(200);

    List<MimeMessage> mails = mailbox.await(patient.login(), 2, m -> true);
    assertThat(mails.stream().map(Mailbox::subject))
        .containsExactlyInAnyOrder(
            "News from CareRoute about your account",
            "Your CareRoute booking on "
                + TestPractice.at(DAY, 10, 0)
                    .format(DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH))
                + " is confirmed");
  }

  @Test
  void messagesWaitWhileTheMailServerIsDownAndThenLeaveExactlyOnceThoughThreeSendersClaim() {
    mailbox.stop();
    List<Login> patients =
        IntStream.range(0, 9).mapToObj(i -> practice.clearedPatient("Waiting Patient")).toList();
    List<CompletableFuture<Api.Reply>> bookings =
        IntStream.range(0, patients.size())
            .mapToObj(
                i ->
                    api.postAsync(
                        "api/appointments",
                        TestPractice.clinicBooking(
                            treatment, clinic, TestPractice.at(DAY, 8 + i / 3, 0)),
                        patients.get(i)))
            .toList();
    List<Long> ids =
        bookings.stream()
            .map(CompletableFuture::join)
            .peek(r -> assertThat(r.status()).as(r.toString()).isEqualTo(201))
            .map(r -> r.json().getJsonNumber("id").longValue())
            .toList();

    // Every confirmation has been tried and failed, and waits for its next attempt.
    Instant until = Instant.now().plusSeconds(60);
    while (!ids.stream().allMatch(this::confirmationFailedOnce)) {
      assertThat(Instant.now()).as("every confirmation tried once").isBefore(until);
      Mailbox.pause(Duration.ofMillis(300));
    }

    mailbox.start();
    for (Login patient : patients) {
      mailbox.await(patient.login(), 1, m -> Mailbox.subject(m).contains("is confirmed"));
    }
    // Long enough for any second copy a sender might wrongly send to arrive.
    Mailbox.pause(Duration.ofSeconds(3));
    for (Login patient : patients) {
      assertThat(mailbox.to(patient.login())).as(patient.login()).hasSize(1);
    }
    for (long id : ids) {
      JsonObject confirmation = confirmationOf(id);
      assertThat(confirmation.getString("status")).isEqualTo("SENT");
      assertThat(confirmation.getInt("attempts")).isGreaterThan(1);
    }
  }

  private JsonObject confirmationOf(long appointmentId) {
    return outboxOf(appointmentId).stream()
        .filter(m -> m.getString("kind").equals("CONFIRMATION"))
        .findFirst()
        .orElseThrow();
  }

  private boolean confirmationFailedOnce(long appointmentId) {
    JsonObject confirmation = confirmationOf(appointmentId);
    return confirmation.getString("status").equals("PENDING")
        && confirmation.getInt("attempts") >= 1
        && confirmation.containsKey("lastError");
  }
}
