package org.careroute.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.careroute.it.Api.Login;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every event that gives a day room offers it to the waitlist, not only a cancellation: a booking
 * moved away, a shift added, a nurse back from sick, a chair back in use. Each patient here joins
 * while the day has no room for them (or before the event), so only the event can offer it.
 */
class WaitlistTriggersIT extends DeployedApplication {

  static final int DAY = WaitingPatients.DAY;

  @RegisterExtension final Mailbox mailbox = new Mailbox();
  WaitingPatients waitlist;

  @BeforeEach
  void oneChairOneNurse() {
    waitlist = new WaitingPatients(api, practice, mailbox);
  }

  private JsonObject offeredEntry(Login waiting) {
    waitlist.offerToken(waiting);
    return waitlist.entryOnceIt(waiting, "OFFERED");
  }

  private void dayEvent(String kind) {
    Api.Reply recorded =
        api.post(
            "api/plans/%d/%s/day-events".formatted(waitlist.clinic, WaitingPatients.day(DAY)),
            "{\"kind\":\"%s\",\"nurseId\":%d}".formatted(kind, waitlist.nurse),
            Api.DISPATCHER);
    assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);
  }

  private void chairInUse(boolean active) {
    JsonObject chair =
        api.get("api/admin/clinics/" + waitlist.clinic, Api.ADMIN)
            .json()
            .getJsonArray("chairs")
            .getJsonObject(0);
    Api.Reply changed =
        api.put(
            "api/admin/clinics/%d/chairs/%d"
                .formatted(waitlist.clinic, chair.getJsonNumber("id").longValue()),
            "{\"label\":\"%s\",\"active\":%s,\"replaceBookings\":false}"
                .formatted(chair.getString("label"), active),
            Api.ADMIN);
    assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
  }

  @Test
  void aBookingMovedAwayOffersTheTimeItLeft() {
    Login booker = practice.clearedPatient("Moving Patient");
    long booking = waitlist.bookedAtNine(booker);
    Login waiting = practice.clearedPatient("Waiting Patient");
    waitlist.joins(waiting, "09:00", "09:30");

    Api.Reply moved =
        api.post(
            "api/appointments/" + booking + "/reschedule",
            "{\"windowStart\":\"%s\"}".formatted(TestPractice.iso(TestPractice.at(DAY, 14, 0))),
            booker);
    assertThat(moved.status()).as(moved.toString()).isEqualTo(200);

    JsonObject entry = offeredEntry(waiting);
    assertThat(WaitingPatients.offeredDay(entry)).isEqualTo(WaitingPatients.day(DAY));
    assertThat(WaitingPatients.offeredTime(entry)).isEqualTo("09:00");
  }

  @Test
  void aShiftAddedOffersTheRoomOfItsDay() {
    Login waiting = practice.clearedPatient("Waiting Patient");
    waitlist.joins(waiting, "10:00", "11:00");

    practice.shift(
        waitlist.nurse,
        waitlist.clinic,
        "CLINIC",
        TestPractice.at(DAY + 1, 10, 0),
        TestPractice.at(DAY + 1, 16, 0));

    JsonObject entry = offeredEntry(waiting);
    assertThat(WaitingPatients.offeredDay(entry))
        .as("the day the shift came to, though the other day had room all along")
        .isEqualTo(WaitingPatients.day(DAY + 1));
    assertThat(WaitingPatients.offeredTime(entry)).isEqualTo("10:00");
  }

  @Test
  void aNurseBackFromSickOffersTheDaysRoom() {
    dayEvent("NURSE_SICK");
    Login waiting = practice.clearedPatient("Waiting Patient");
    waitlist.joins(waiting, "09:00", "09:30");

    dayEvent("NURSE_BACK");

    JsonObject entry = offeredEntry(waiting);
    assertThat(WaitingPatients.offeredDay(entry)).isEqualTo(WaitingPatients.day(DAY));
    assertThat(WaitingPatients.offeredTime(entry)).isEqualTo("09:00");
  }

  @Test
  void aNurseNotCalledOffCannotBeReportedBack() {
    Api.Reply refused =
        api.post(
            "api/plans/%d/%s/day-events".formatted(waitlist.clinic, WaitingPatients.day(DAY)),
            "{\"kind\":\"NURSE_BACK\",\"nurseId\":%d}".formatted(waitlist.nurse),
            Api.DISPATCHER);
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.json().getString("detail")).contains("was not called off sick");
  }

  @Test
  void aChairBackInUseOffersItsComingDays() {
    chairInUse(false);
    Login waiting = practice.clearedPatient("Waiting Patient");
    waitlist.joins(waiting, "09:00", "09:30");

    chairInUse(true);

    JsonObject entry = offeredEntry(waiting);
    assertThat(WaitingPatients.offeredDay(entry)).isEqualTo(WaitingPatients.day(DAY));
    assertThat(WaitingPatients.offeredTime(entry)).isEqualTo("09:00");
  }

  @Test
  void theFrontDeskAddsAPatientToTheWaitlistOnce() {
    Login patient = practice.clearedPatient("Desk Patient");
    long patientId = api.get("api/patients/me", patient).json().getJsonNumber("id").longValue();
    String join =
        """
        {"treatmentId":%d,"setting":"CLINIC","clinicId":%d,"firstDay":"%s","lastDay":"%s",
         "earliest":"12:00","latest":"13:00","patientId":%d}"""
            .formatted(
                waitlist.treatment,
                waitlist.clinic,
                WaitingPatients.day(DAY),
                WaitingPatients.day(DAY + 2),
                patientId);

    assertThat(api.post("api/waitlist", join, Api.DISPATCHER).status()).isEqualTo(201);
    Api.Reply again = api.post("api/waitlist", join, Api.DISPATCHER);

    assertThat(again.status()).as(again.toString()).isEqualTo(409);
    assertThat(again.json().getString("detail"))
        .isEqualTo(
            "Desk Patient is already on the waitlist for "
                + api.get("api/treatments", null).array().stream()
                    .map(t -> t.asJsonObject())
                    .filter(t -> t.getJsonNumber("id").longValue() == waitlist.treatment)
                    .findFirst()
                    .orElseThrow()
                    .getString("name")
                + " on some of these days; remove that place first to change it.");
    assertThat(waitlist.onlyEntry(patient).getString("status")).isEqualTo("WAITING");
  }
}
