package org.careroute.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.careroute.it.Api.Login;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Optimizer back-fill: the dispatcher's Optimise fits waiting patients into the room the booked
 * sessions leave, shows them apart from the bookings, and publishing offers each the place found,
 * by mail, without touching a booked patient's promise. One chair, one nurse ({@link
 * WaitingPatients}); joining the waitlist offers nothing by itself, so only publishing can.
 */
class BackFillIT extends DeployedApplication {

  static final int DAY = WaitingPatients.DAY;

  @RegisterExtension final Mailbox mailbox = new Mailbox();
  WaitingPatients waitlist;

  @BeforeEach
  void oneChairOneNurse() {
    waitlist = new WaitingPatients(api, practice, mailbox);
  }

  private String planPath() {
    return "api/plans/%d/%s".formatted(waitlist.clinic, WaitingPatients.day(DAY));
  }

  private JsonObject solved() throws InterruptedException {
    return DayPlans.solved(api, planPath());
  }

  private JsonObject appointment(long id) {
    Api.Reply reply = api.get("api/appointments/" + id, Api.DISPATCHER);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.json();
  }

  private static Instant instant(JsonObject json, String key) {
    return OffsetDateTime.parse(json.getString(key)).toInstant();
  }

  @Test
  void publishingOffersTheWaitingPatientThePlaceTheOptimizerFoundAndKeepsTheBookedPromise()
      throws Exception {
    Login booker = practice.clearedPatient("Booked Patient");
    long booked = waitlist.bookedAtNine(booker);
    Login waiting = practice.clearedPatient("Waiting Patient");
    waitlist.joins(waiting, "09:00", "12:00");

    JsonObject plan = solved();

    List<JsonObject> fits = plan.getJsonArray("waitingFits").getValuesAs(JsonObject.class);
    assertThat(fits).as(plan.toString()).hasSize(1);
    JsonObject fit = fits.get(0);
    assertThat(fit.getString("patientName")).isEqualTo("Waiting Patient");
    assertThat(fit.getString("note")).startsWith("Waiting patient could fit here");
    assertThat(plan.getJsonArray("sessions").getValuesAs(JsonObject.class))
        .as("only the booking is shown as a session")
        .singleElement()
        .satisfies(s -> assertThat(s.getJsonNumber("appointmentId").longValue()).isEqualTo(booked));
    assertThat(plan.getJsonArray("unassigned")).isEmpty();
    Instant found = instant(fit, "start");
    assertThat(found).isAfterOrEqualTo(TestPractice.at(DAY, 10, 0).toInstant());

    Api.Reply published = api.post(planPath() + "/publish", "", Api.DISPATCHER);
    assertThat(published.status()).as(published.toString()).isEqualTo(200);

    waitlist.offerToken(waiting);
    JsonObject entry = waitlist.entryOnceIt(waiting, "OFFERED");
    assertThat(instant(entry, "offeredStart")).as("the place the optimizer found").isEqualTo(found);
    JsonObject bookedAfter = appointment(booked);
    assertThat(instant(bookedAfter, "windowStart"))
        .isEqualTo(TestPractice.at(DAY, 9, 0).toInstant());
    assertThat(instant(bookedAfter, "plannedStart"))
        .as("the booked patient's promised time")
        .isEqualTo(TestPractice.at(DAY, 9, 0).toInstant());
    assertThat(api.get("api/appointments", waiting).array())
        .as("publishing books nothing for the waiting patient")
        .isEmpty();
  }

  @Test
  void aWaitingPatientWhoFitsOnlyInTheBookedPatientsPlaceIsNotFittedIn() throws Exception {
    long booked = waitlist.bookedAtNine(practice.clearedPatient("Booked Patient"));
    waitlist.joins(practice.clearedPatient("Waiting Patient"), "09:00", "09:10");

    JsonObject plan = solved();

    assertThat(plan.getJsonArray("waitingFits")).as(plan.toString()).isEmpty();
    JsonObject session = plan.getJsonArray("sessions").getJsonObject(0);
    assertThat(session.getJsonNumber("appointmentId").longValue()).isEqualTo(booked);
    assertThat(instant(session, "start")).isEqualTo(TestPractice.at(DAY, 9, 0).toInstant());
    assertThat(plan.getJsonArray("unassigned")).isEmpty();
  }

  /**
   * Two waiting patients fit 10:00, one at a time: the first to join needs two hours, the second
   * one. The optimizer fits in the shorter (less work for the nurse, the same reward); the day's
   * room pass alone would offer the first come. So the second is offered first only if publishing
   * offers the place found first, and holds it against the room pass.
   */
  @Test
  void publishingOffersThePlaceFoundBeforeTheRoomPassOffersTheDaysRoomFirstComeFirst()
      throws Exception {
    waitlist.bookedAtNine(practice.clearedPatient("Nine Patient"));
    Api.Reply noon = waitlist.book(practice.clearedPatient("Noon Patient"), DAY, 12, 0);
    assertThat(noon.status()).as(noon.toString()).isEqualTo(201);
    long twoHours = practice.treatment(100, 20, "\"CLINIC\"", "\"IV_THERAPY\"");
    Login firstCome = practice.clearedPatient("First Come");
    joins(firstCome, twoHours);
    Login found = practice.clearedPatient("Found Patient");
    joins(found, waitlist.treatment);

    JsonObject plan = solved();

    assertThat(plan.getJsonArray("waitingFits").getValuesAs(JsonObject.class))
        .as(plan.toString())
        .singleElement()
        .satisfies(f -> assertThat(f.getString("patientName")).isEqualTo("Found Patient"));
    Api.Reply published = api.post(planPath() + "/publish", "", Api.DISPATCHER);
    assertThat(published.status()).as(published.toString()).isEqualTo(200);

    waitlist.offerToken(found);
    // The first come is offered the place only once the found patient's hold ends (12 s here);
    // by the room pass alone they would have had it first.
    assertThat(waitlist.offered(firstCome)).as("the first come is not offered it first").isFalse();
    assertThat(WaitingPatients.offeredTime(waitlist.entryOnceIt(found, "OFFERED")))
        .isEqualTo("10:00");
  }

  /** The patient waits for {@link #DAY} alone, able to start at 10:00 only. */
  private void joins(Login patient, long treatment) {
    LocalDate day = WaitingPatients.day(DAY);
    waitlist.joins(patient, treatment, day, day, "10:00", "10:10");
  }
}
