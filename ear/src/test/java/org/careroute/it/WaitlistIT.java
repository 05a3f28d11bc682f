package org.careroute.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.careroute.it.Api.Login;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A freed place offered by mail to the waiting patients in order, against the real server, its
 * plan-checked availability and a real SMTP server. The test server holds an offer 12 seconds.
 */
class WaitlistIT extends DeployedApplication {

  @RegisterExtension final Mailbox mailbox = new Mailbox();
  WaitingPatients waitlist;

  @BeforeEach
  void oneChairOneNurse() {
    waitlist = new WaitingPatients(api, practice, mailbox);
  }

  @Test
  void aCancellationOffersThePlaceToTheFirstWaitingPatientWhoFitsPassingOverHeldScreenings() {
    Login booker = practice.clearedPatient("Booked Patient");
    long booking = waitlist.bookedAtNine(booker);
    Login afternoonOnly = practice.clearedPatient("Afternoon Patient");
    waitlist.joins(afternoonOnly, "14:00", "15:00");
    Login held = practice.registeredPatient("Held Patient");
    practice.screen(held, true);
    waitlist.joins(held, "09:00", "09:30");
    Login first = practice.clearedPatient("First Fitting Patient");
    waitlist.joins(first, "09:00", "09:30");
    Login second = practice.clearedPatient("Second Fitting Patient");
    waitlist.joins(second, "09:00", "09:30");

    waitlist.cancel(booking, booker);

    waitlist.offerToken(first);
    JsonObject entry = waitlist.onlyEntry(first);
    assertThat(entry.getString("status")).isEqualTo("OFFERED");
    assertThat(WaitingPatients.offeredTime(entry)).isEqualTo("09:00");
    assertThat(waitlist.offered(afternoonOnly))
        .as("the freed time is not one they can come")
        .isFalse();
    assertThat(waitlist.offered(held)).as("a screening on hold cannot be confirmed").isFalse();
    assertThat(waitlist.offered(second)).as("one patient at a time").isFalse();

    List<JsonObject> desk =
        api
            .get(
                "api/waitlist/day?clinic=%d&day=%s"
                    .formatted(waitlist.clinic, WaitingPatients.day(WaitingPatients.DAY)),
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
    long booking = waitlist.bookedAtNine(booker);
    Login waiting = practice.clearedPatient("Waiting Patient");
    waitlist.joins(waiting, "09:00", "09:30");
    waitlist.cancel(booking, booker);
    String token = waitlist.offerToken(waiting);

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
    assertThat(waitlist.onlyEntry(waiting).getString("status")).isEqualTo("BOOKED");
    mailbox.await(waiting.login(), 1, m -> Mailbox.subject(m).contains("is confirmed"));
  }

  @Test
  void anUnansweredOfferExpiresAndPassesToTheNextWaitingPatient() {
    Login booker = practice.clearedPatient("Booked Patient");
    long booking = waitlist.bookedAtNine(booker);
    Login slow = practice.clearedPatient("Slow Patient");
    waitlist.joins(slow, "09:00", "09:30");
    Login next = practice.clearedPatient("Next Patient");
    waitlist.joins(next, "09:00", "09:30");
    waitlist.cancel(booking, booker);
    String slowToken = waitlist.offerToken(slow);

    String nextToken = waitlist.offerToken(next);

    assertThat(waitlist.onlyEntry(slow).getString("status")).as("waits on").isEqualTo("WAITING");
    Api.Reply late = api.post("api/waitlist/offers/" + slowToken + "/accept", "", null);
    assertThat(late.status()).isEqualTo(409);
    assertThat(late.json().getString("detail")).contains("expired");
    assertThat(api.post("api/waitlist/offers/" + nextToken + "/accept", "", null).status())
        .isEqualTo(200);
  }

  /** A patient whose heart disease calls for ENHANCED monitoring, approved by a clinician. */
  private Login approvedEnhancedPatient(String name) {
    Login patient = practice.registeredPatient(name);
    long screening = practice.screen(patient, true).json().getJsonNumber("id").longValue();
    Api.Reply approved = api.post("api/screenings/" + screening + "/approve", "{}", Api.CLINICIAN);
    assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
    return patient;
  }

  @Test
  void anEnhancedPatientIsPassedOverWhereNoNurseCanMonitorThem() {
    Login booker = practice.clearedPatient("Booked Patient");
    long booking = waitlist.bookedAtNine(booker);
    Login enhanced = approvedEnhancedPatient("Enhanced Patient");
    waitlist.joins(enhanced, "09:00", "09:30");
    Login next = practice.clearedPatient("Standard Patient");
    waitlist.joins(next, "09:00", "09:30");

    waitlist.cancel(booking, booker);

    waitlist.offerToken(next);
    assertThat(waitlist.offered(enhanced)).as("no ACLS nurse works that day").isFalse();
    assertThat(waitlist.onlyEntry(enhanced).getString("status")).isEqualTo("WAITING");
  }

  @Test
  void anApprovedEnhancedPatientIsOfferedThePlaceWhereAnAclsNurseWorks() {
    long acls = practice.nurse("Enhanced Nurse", "\"IV_THERAPY\",\"ACLS\"");
    practice.shift(
        acls,
        waitlist.clinic,
        "CLINIC",
        TestPractice.at(WaitingPatients.DAY, 8, 0),
        TestPractice.at(WaitingPatients.DAY, 18, 0));
    Login booker = practice.clearedPatient("Booked Patient");
    long booking = waitlist.bookedAtNine(booker);
    Login enhanced = approvedEnhancedPatient("Enhanced Patient");
    waitlist.joins(enhanced, "09:00", "09:30");

    waitlist.cancel(booking, booker);

    waitlist.offerToken(enhanced);
    assertThat(WaitingPatients.offeredTime(waitlist.onlyEntry(enhanced))).isEqualTo("09:00");
  }
}
