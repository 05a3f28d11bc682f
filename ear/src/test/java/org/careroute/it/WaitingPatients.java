package org.careroute.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careroute.it.Api.Login;

/**
 * The waitlist tests' practice: one clinic with one chair and one nurse working {@link #DAY} from
 * 08:00 to 18:00, one treatment, patients who book, join the waitlist and read their offers in a
 * real mailbox.
 */
final class WaitingPatients {

  static final int DAY = 5;
  static final Pattern OFFER_LINK = Pattern.compile("offer\\.html\\?token=([0-9a-f]+)");
  private static final Duration PATIENCE = Duration.ofSeconds(60);

  final Api api;
  final TestPractice practice;
  final Mailbox mailbox;
  final long clinic;
  final long treatment;
  final long nurse;

  WaitingPatients(Api api, TestPractice practice, Mailbox mailbox) {
    this.api = api;
    this.practice = practice;
    this.mailbox = mailbox;
    clinic = practice.clinic(1);
    treatment = practice.treatment(40, 20, "\"CLINIC\"", "\"IV_THERAPY\"");
    nurse = practice.nurse("Waitlist Nurse", "\"IV_THERAPY\"");
    practice.shift(
        nurse, clinic, "CLINIC", TestPractice.at(DAY, 8, 0), TestPractice.at(DAY, 18, 0));
  }

  static LocalDate day(int daysAhead) {
    return TestPractice.at(daysAhead, 0, 0).toLocalDate();
  }

  Api.Reply book(Login patient, int daysAhead, int hour, int minute) {
    return api.post(
        "api/appointments",
        TestPractice.clinicBooking(treatment, clinic, TestPractice.at(daysAhead, hour, minute)),
        patient);
  }

  long bookedAtNine(Login patient) {
    Api.Reply booked = book(patient, DAY, 9, 0);
    assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
    return booked.json().getJsonNumber("id").longValue();
  }

  /** The patient waits for the days around {@link #DAY}, starting between the two times. */
  void joins(Login patient, String earliest, String latest) {
    joins(patient, treatment, day(DAY).minusDays(1), day(DAY).plusDays(1), earliest, latest);
  }

  /** The patient waits for {@code treatment} in the clinic on these days, at these times of day. */
  void joins(
      Login patient,
      long treatment,
      LocalDate firstDay,
      LocalDate lastDay,
      String earliest,
      String latest) {
    joins(patient, treatment, "CLINIC", firstDay, lastDay, earliest, latest);
  }

  /** The patient waits for {@code treatment} in {@code setting} on these days and times of day. */
  void joins(
      Login patient,
      long treatment,
      String setting,
      LocalDate firstDay,
      LocalDate lastDay,
      String earliest,
      String latest) {
    Api.Reply joined =
        api.post(
            "api/waitlist",
            """
        {"treatmentId":%d,"setting":"%s","clinicId":%d,"firstDay":"%s","lastDay":"%s",
         "earliest":"%s","latest":"%s"}"""
                .formatted(treatment, setting, clinic, firstDay, lastDay, earliest, latest),
            patient);
    assertThat(joined.status()).as(joined.toString()).isEqualTo(201);
  }

  void cancel(long appointment, Login patient) {
    Api.Reply cancelled = api.post("api/appointments/" + appointment + "/cancel", "", patient);
    assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
  }

  /** Nine is booked, the patient waits for it, and it is cancelled: the offer's token. */
  String offeredNine(Login waiting) {
    Login booker = practice.clearedPatient("Cancelling Patient");
    long booking = bookedAtNine(booker);
    joins(waiting, "09:00", "09:30");
    cancel(booking, booker);
    return offerToken(waiting);
  }

  /** The token of the latest offer mailed to the patient, waiting for it to come. */
  String offerToken(Login patient) {
    MimeMessage offer =
        mailbox.await(patient.login(), 1, WaitingPatients::isOffer).stream()
            .filter(WaitingPatients::isOffer)
            .reduce((first, last) -> last)
            .orElseThrow();
    Matcher link = OFFER_LINK.matcher(body(offer));
    assertThat(link.find()).as("an accept link").isTrue();
    return link.group(1);
  }

  boolean offered(Login patient) {
    return mailbox.to(patient.login()).stream().anyMatch(WaitingPatients::isOffer);
  }

  private static boolean isOffer(MimeMessage message) {
    return Mailbox.subject(message).startsWith("A place is free");
  }

  JsonObject onlyEntry(Login patient) {
    List<JsonObject> entries =
        api.get("api/waitlist", patient).array().stream().map(e -> e.asJsonObject()).toList();
    assertThat(entries).hasSize(1);
    return entries.get(0);
  }

  /**
   * Where the patient's only entry stands once it is {@code status}, waiting for it to get there.
   */
  JsonObject entryOnceIt(Login patient, String status) {
    Instant until = Instant.now().plus(PATIENCE);
    JsonObject entry = onlyEntry(patient);
    while (!entry.getString("status").equals(status)) {
      assertThat(Instant.now()).as("the entry became " + status).isBefore(until);
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      entry = onlyEntry(patient);
    }
    return entry;
  }

  static String offeredTime(JsonObject entry) {
    return OffsetDateTime.parse(entry.getString("offeredStart")).toLocalTime().toString();
  }

  static LocalDate offeredDay(JsonObject entry) {
    return OffsetDateTime.parse(entry.getString("offeredStart")).toLocalDate();
  }

  static String body(MimeMessage message) {
    try {
      Object content = message.getContent();
      if (content instanceof MimeMultipart parts) {
        content = parts.getBodyPart(0).getContent();
      }
      return content instanceof InputStream in
          ? new String(in.readAllBytes(), StandardCharsets.UTF_8)
          : (String) content;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
