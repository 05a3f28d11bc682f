package org.careroute.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.careroute.it.Api.Login;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Optimizer back-fill of the home routes: Optimise fits a waiting home patient into a field nurse's
 * day beside the booked visit, shows the fit apart from the route's stops, and publishing offers
 * the patient, by mail, the arrival window holding the planned arrival, without moving the booked
 * visit out of its promised window. One field nurse, 08:00-16:00 ({@link WaitingPatients}' clinic).
 */
class BackFillHomeIT extends DeployedApplication {

  static final int DAY = WaitingPatients.DAY;

  @RegisterExtension final Mailbox mailbox = new Mailbox();
  WaitingPatients waitlist;
  long homeTreatment;

  @BeforeEach
  void oneFieldNurse() {
    waitlist = new WaitingPatients(api, practice, mailbox);
    homeTreatment = practice.treatment(45, 15, "\"HOME\"", "");
    long field = practice.nurse("Field Nurse", "\"HOME_VISIT\"");
    practice.shift(
        field, waitlist.clinic, "FIELD", TestPractice.at(DAY, 8, 0), TestPractice.at(DAY, 16, 0));
  }

  private String planPath() {
    return "api/plans/%d/%s".formatted(waitlist.clinic, WaitingPatients.day(DAY));
  }

  private static Instant instant(JsonObject json, String key) {
    return OffsetDateTime.parse(json.getString(key)).toInstant();
  }

  @Test
  void publishingOffersTheWaitingHomePatientTheArrivalWindowOfTheVisitFoundAndKeepsTheBookedOne()
      throws Exception {
    Login booker = practice.clearedPatient("Booked Home Patient");
    long booked =
        practice.bookedId(
            booker,
            TestPractice.homeBooking(homeTreatment, waitlist.clinic, TestPractice.at(DAY, 9, 0)));
    Login waiting =
        practice.clearedPatientAt(
            "Waiting Home Patient", TestPractice.LAT - 0.02, TestPractice.LON);
    LocalDate day = WaitingPatients.day(DAY);
    waitlist.joins(waiting, homeTreatment, "HOME", day, day, "12:00", "13:00");

    JsonObject plan = DayPlans.solved(api, planPath());

    List<JsonObject> fits = plan.getJsonArray("waitingFits").getValuesAs(JsonObject.class);
    assertThat(fits).as(plan.toString()).hasSize(1);
    JsonObject fit = fits.get(0);
    assertThat(fit.getString("patientName")).isEqualTo("Waiting Home Patient");
    assertThat(fit.getString("nurseName")).isEqualTo("Field Nurse");
    assertThat(fit.get("chair")).as("a home visit has no chair").isIn(null, JsonValue.NULL);
    Instant arrival = instant(fit, "start");
    assertThat(arrival)
        .as("between the first and the last arrival window the patient can take")
        .isBetween(
            TestPractice.at(DAY, 12, 0).toInstant(), TestPractice.at(DAY, 13, 0).toInstant());
    assertThat(
            plan.getJsonArray("routes").stream()
                .flatMap(r -> r.asJsonObject().getJsonArray("stops").stream())
                .map(s -> s.asJsonObject().getJsonNumber("appointmentId").longValue()))
        .as("only the booking is a stop")
        .containsExactly(booked);
    assertThat(plan.getJsonArray("unassigned")).isEmpty();

    Api.Reply published = api.post(planPath() + "/publish", "", Api.DISPATCHER);
    assertThat(published.status()).as(published.toString()).isEqualTo(200);

    waitlist.offerToken(waiting);
    Instant offered = instant(waitlist.entryOnceIt(waiting, "OFFERED"), "offeredStart");
    assertThat(offered)
        .as("the two-hour window opening on the hour the nurse arrives in")
        .isBeforeOrEqualTo(arrival)
        .isAfter(arrival.minus(Duration.ofHours(1)));
    JsonObject bookedAfter = api.get("api/appointments/" + booked, Api.DISPATCHER).json();
    assertThat(instant(bookedAfter, "windowStart"))
        .as("the booked patient's promised window")
        .isEqualTo(TestPractice.at(DAY, 9, 0).toInstant());
    assertThat(instant(bookedAfter, "plannedStart"))
        .isBetween(TestPractice.at(DAY, 9, 0).toInstant(), TestPractice.at(DAY, 11, 0).toInstant());
    assertThat(api.get("api/appointments", waiting).array())
        .as("publishing books nothing for the waiting patient")
        .isEmpty();
  }
}
