package org.careroute.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careroute.it.Api.Login;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A freed place offered by mail to the waiting patients in order, against the real server, its
 * plan-checked availability and a real SMTP server. The test server holds an offer 12 seconds.
 */
class WaitlistIT extends DeployedApplication {

  static final int DAY = 5;
  static final Pattern OFFER_LINK = Pattern.compile("offer\\.html\\?token=([0-9a-f]+)");

  @RegisterExtension final Mailbox mailbox = new Mailbox();
  long clinic;
  long treatment;

  @BeforeEach
  void oneChairOneNurse() {
    clinic = practice.clinic(1);
    treatment = practice.treatment(40, 20, "\"CLINIC\"", "\"IV_THERAPY\"");
    long nurse = practice.nurse("Waitlist Nurse", "\"IV_THERAPY\"");
    practice.shift(
        nurse, clinic, "CLINIC", TestPractice.at(DAY, 8, 0), TestPractice.at(DAY, 18, 0));
  }

  private long bookedAtNine(Login patient) {
    Api.Reply booked =
        api.post(
            "api/appointments",
            TestPractice.clinicBooking(treatment, clinic, TestPractice.at(DAY, 9, 0)),
            patient);
    assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
    return booked.json().getJsonNumber("id").longValue();
  }

  private void joins(Login patient, String earliest, String latest) {
    LocalDate day = TestPractice.at(DAY, 0, 0).toLocalDate();
    Api.Reply joined =
        api.post(
            "api/waitlist",
            """
        {"treatmentId":%d,"setting":"CLINIC","clinicId":%d,"firstDay":"%s","lastDay":"%s",
         "earliest":"%s","latest":"%s"}"""
                .formatted(treatment, clinic, day.minusDays(1), day.plusDays(1), earliest, latest),
            patient);
    assertThat(joined.status()).as(joined.toString()).isEqualTo(201);
  }

  private void cancel(long appointment, Login patient) {
    Api.Reply cancelled = api.post("api/appointments/" + appointment + "/cancel", "", patient);
    assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
  }

  private String offerToken(Login patient) {
    MimeMessage offer =
        mailbox
            .await(patient.login(), 1, m -> Mailbox.subject(m).startsWith("A place is free"))
            .stream()
            .filter(m -> Mailbox.subject(m).startsWith("A place is free"))
            .reduce((first, last) -> last)
            .orElseThrow();
    Matcher link = OFFER_LINK.matcher(body(offer));
    assertThat(link.find()).as("an accept link").isTrue();
    return link.group(1);
  }

  private static String body(MimeMessage message) {
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

  private JsonObject onlyEntry(Login patient) {
    List<JsonObject> entries =
        api.get("api/waitlist", patient).array().stream().map(e -> e.asJsonObject()).toList();
    assertThat(entries).hasSize(1);
    return entries.get(0);
  }

  private boolean offered(Login patient) {
    return mailbox.to(patient.login()).stream()
        .anyMatch(m -> Mailbox.subject(m).startsWith("A place is free"));
  }

  @Test
  void aCancellationOffersThePlaceToTheFirstWaitingPatientWhoFitsPassingOverHeldScreenings() {
    Login booker = practice.clearedPatient("Booked Patient");
    long booking = bookedAtNine(booker);
    Login afternoonOnly = practice.clearedPatient("Afternoon Patient");
    joins(afternoonOnly, "14:00", "15:00");
    Login held = practice.registeredPatient("Held Patient");
    practice.screen(held, true);
    joins(held, "09:00", "09:30");
    Login first = practice.clearedPatient("First Fitting Patient");
    joins(first, "09:00", "09:30");
    Login second = practice.clearedPatient("Second Fitting Patient");
    joins(second, "09:00", "09:30");

    cancel(booking, booker);

    offerToken(first);
    JsonObject entry = onlyEntry(first);
    assertThat(entry.getString("status")).isEqualTo("OFFERED");
    assertThat(OffsetDateTime.parse(entry.getString("offeredStart")).toLocalTime().toString())
        .isEqualTo("09:00");
    assertThat(offered(afternoonOnly)).as("the freed time is not one they can come").isFalse();
    assertThat(offered(held)).as("a screening on hold cannot be confirmed").isFalse();
    assertThat(offered(second)).as("one patient at a time").isFalse();

    List<JsonObject> desk =
        api
            .get(
                "api/waitlist/day?clinic=%d&day=%s"
                    .formatted(clinic, TestPractice.at(DAY, 0, 0).toLocalDate()),
                Api.DISPATCHER)
            .array()
            .stream()
            .map(e -> e.asJsonObject())
            .toList();
    assertThat(desk.stream().map(e -> e.getString("patientName")))
        .containsExactly(
            "Afternoon Patient", "Held Patient", "First Fitting Patient", "Second Fitting Patient");
  }

  @Test
  void twoAcceptsOfOneOfferAtOnceBookThePlaceOnce() {
    Login booker = practice.clearedPatient("Booked Patient");
    long booking = bookedAtNine(booker);
    Login waiting = practice.clearedPatient("Waiting Patient");
    joins(waiting, "09:00", "09:30");
    cancel(booking, booker);
    String token = offerToken(waiting);

    CompletableFuture<Api.Reply> one =
        api.postAsync("api/waitlist/offers/" + token + "/accept", "", null);
    CompletableFuture<Api.Reply> other =
        api.postAsync("api/waitlist/offers/" + token + "/accept", "", null);
    List<Integer> statuses = List.of(one.join().status(), other.join().status());

    assertThat(statuses).containsExactlyInAnyOrder(200, 409);
    List<JsonObject> bookings =
        api.get("api/appointments", waiting).array().stream().map(a -> a.asJsonObject()).toList();
    assertThat(bookings).hasSize(1);
    assertThat(bookings.get(0).getString("status")).isEqualTo("BOOKED");
    assertThat(
            OffsetDateTime.parse(bookings.get(0).getString("windowStart")).toLocalTime().toString())
        .isEqualTo("09:00");
    assertThat(onlyEntry(waiting).getString("status")).isEqualTo("BOOKED");
    mailbox.await(waiting.login(), 1, m -> Mailbox.subject(m).contains("is confirmed"));
  }

  @Test
  void anUnansweredOfferExpiresAndPassesToTheNextWaitingPatient() {
    Login booker = practice.clearedPatient("Booked Patient");
    long booking = bookedAtNine(booker);
    Login slow = practice.clearedPatient("Slow Patient");
    joins(slow, "09:00", "09:30");
    Login next = practice.clearedPatient("Next Patient");
    joins(next, "09:00", "09:30");
    cancel(booking, booker);
    String slowToken = offerToken(slow);

    String nextToken = offerToken(next);

    assertThat(onlyEntry(slow).getString("status")).as("waits on").isEqualTo("WAITING");
    Api.Reply late = api.post("api/waitlist/offers/" + slowToken + "/accept", "", null);
    assertThat(late.status()).isEqualTo(409);
    assertThat(late.json().getString("detail")).contains("expired");
    assertThat(api.post("api/waitlist/offers/" + nextToken + "/accept", "", null).status())
        .isEqualTo(200);
  }
}
