package org.careroute.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.careroute.it.Api.Login;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A freed place is a row written with the change that frees it, so that no place is lost when the
 * node that committed the change never offers it: the server under test is started with {@code
 * careroute.test.waitlist-controls=true}, which lets the test see the pending places, stop this
 * node's rounds of them, make an offer fail and roll a cancellation back.
 */
class FreedPlacesIT extends DeployedApplication {

  static final int DAY = WaitingPatients.DAY;
  private static final Duration PATIENCE = Duration.ofSeconds(60);

  @RegisterExtension final Mailbox mailbox = new Mailbox();
  WaitingPatients waitlist;

  @BeforeEach
  void oneChairOneNurse() {
    waitlist = new WaitingPatients(api, practice, mailbox);
    // The shift's room, freed before anyone waits, is offered to no one.
    awaitNoFreedPlaces();
  }

  @AfterEach
  void roundsRunAgain() {
    rounds(false);
  }

  private void rounds(boolean paused) {
    Api.Reply reply =
        api.put("api/test/waitlist/rounds", "{\"paused\":%s}".formatted(paused), Api.ADMIN);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
  }

  private List<JsonObject> freedPlaces() {
    Api.Reply reply =
        api.get("api/test/waitlist/freed-places?clinic=" + waitlist.clinic, Api.ADMIN);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.array().stream().map(p -> p.asJsonObject()).toList();
  }

  private static boolean isRoom(JsonObject place) {
    return absent(place, "appointmentId") && absent(place, "waitlistEntryId");
  }

  private static boolean absent(JsonObject place, String key) {
    return !place.containsKey(key) || place.isNull(key);
  }

  private void awaitNoFreedPlaces() {
    Instant until = Instant.now().plus(PATIENCE);
    while (!freedPlaces().isEmpty()) {
      assertThat(Instant.now()).as("every freed place was offered").isBefore(until);
      pause();
    }
  }

  private static void pause() {
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * With this node's rounds stopped, nine is booked, a patient waits for it, and it is cancelled.
   */
  private Login nineCancelledWhileNoRoundRuns() {
    rounds(true);
    Login booker = practice.clearedPatient("Cancelling Patient");
    long booking = waitlist.bookedAtNine(booker);
    Login waiting = practice.clearedPatient("Waiting Patient");
    waitlist.joins(waiting, "09:00", "09:30");
    waitlist.cancel(booking, booker);
    return waiting;
  }

  @Test
  void aCancellationWritesItsFreedPlaceInItsOwnTransactionAndARolledBackOneWritesNone() {
    rounds(true);
    Login booker = practice.clearedPatient("Cancelling Patient");
    long booking = waitlist.bookedAtNine(booker);

    Api.Reply rolledBack =
        api.post(
            "api/test/waitlist/appointments/" + booking + "/cancel-rolled-back", "", Api.ADMIN);
    assertThat(rolledBack.status()).as(rolledBack.toString()).isEqualTo(200);
    assertThat(rolledBack.json().getInt("freedPlacesSeen"))
        .as("the cancellation's own transaction saw its freed place")
        .isEqualTo(1);
    assertThat(freedPlaces()).as("rolled back with the cancellation").isEmpty();
    assertThat(api.get("api/appointments/" + booking, Api.DISPATCHER).json().getString("status"))
        .isEqualTo("BOOKED");

    waitlist.cancel(booking, booker);

    List<JsonObject> pending = freedPlaces();
    assertThat(pending).hasSize(1);
    assertThat(pending.get(0).getJsonNumber("appointmentId").longValue()).isEqualTo(booking);
    assertThat(pending.get(0).getString("day")).isEqualTo(WaitingPatients.day(DAY).toString());
    assertThat(pending.get(0).getInt("attempts")).isZero();
  }

  @Test
  void aFreedPlacePendingWhileNoRoundRanIsOfferedWhenTheRoundsRunAgain() {
    Login waiting = nineCancelledWhileNoRoundRuns();

    assertThat(freedPlaces()).as("the place waits, as after a node died at commit").hasSize(1);
    assertThat(waitlist.onlyEntry(waiting).getString("status")).isEqualTo("WAITING");
    assertThat(waitlist.offered(waiting)).isFalse();

    rounds(false);

    waitlist.offerToken(waiting);
    JsonObject entry = waitlist.entryOnceIt(waiting, "OFFERED");
    assertThat(WaitingPatients.offeredTime(entry)).isEqualTo("09:00");
    awaitNoFreedPlaces();
  }

  @Test
  void aFreedPlaceWhoseOfferFailedOnceIsOfferedOnALaterRoundAndMailedOnce() {
    Login waiting = nineCancelledWhileNoRoundRuns();
    Api.Reply failing =
        api.put(
            "api/test/waitlist/failing-offers?clinic=" + waitlist.clinic,
            "{\"count\":1}",
            Api.ADMIN);
    assertThat(failing.status()).as(failing.toString()).isEqualTo(200);

    rounds(false);

    waitlist.offerToken(waiting);
    assertThat(
            api.get("api/test/waitlist/failing-offers?clinic=" + waitlist.clinic, Api.ADMIN)
                .json()
                .getInt("count"))
        .as("the first offer of the place failed")
        .isZero();
    assertThat(WaitingPatients.offeredTime(waitlist.entryOnceIt(waiting, "OFFERED")))
        .isEqualTo("09:00");
    awaitNoFreedPlaces();
    assertThat(
            mailbox.to(waiting.login()).stream()
                .filter(m -> Mailbox.subject(m).startsWith("A place is free"))
                .count())
        .as("the failed attempt mailed nothing")
        .isEqualTo(1);
  }

  @Test
  void aPublishedPlanFreesTheRoomOfItsDayForAWaitingPatient() throws InterruptedException {
    Login booker = practice.clearedPatient("Booked Patient");
    waitlist.bookedAtNine(booker);
    Login waiting = practice.clearedPatient("Waiting Patient");
    waitlist.joins(waiting, "11:00", "12:00");
    String plan = "api/plans/%d/%s".formatted(waitlist.clinic, WaitingPatients.day(DAY));
    Api.Reply solving = api.post(plan + "/solve", "", Api.DISPATCHER);
    assertThat(solving.status()).as(solving.toString()).isEqualTo(202);
    awaitSolved(plan);
    rounds(true);

    Api.Reply published = api.post(plan + "/publish", "", Api.DISPATCHER);
    assertThat(published.status()).as(published.toString()).isEqualTo(200);

    // The optimizer fitted the waiting patient in (back-fill): that place is theirs first, then
    // the day's room goes to the waitlist in order.
    assertThat(freedPlaces())
        .as("the place found for the waiting patient and the day's room, written with the plan")
        .hasSize(2)
        .allSatisfy(
            place ->
                assertThat(place.getString("day")).isEqualTo(WaitingPatients.day(DAY).toString()))
        .satisfiesExactlyInAnyOrder(
            found -> assertThat(absent(found, "waitlistEntryId")).as(found.toString()).isFalse(),
            room -> assertThat(isRoom(room)).as(room.toString()).isTrue());
    assertThat(waitlist.offered(waiting)).isFalse();

    rounds(false);

    waitlist.offerToken(waiting);
    JsonObject entry = waitlist.entryOnceIt(waiting, "OFFERED");
    assertThat(WaitingPatients.offeredDay(entry)).isEqualTo(WaitingPatients.day(DAY));
    assertThat(WaitingPatients.offeredTime(entry)).isEqualTo("11:00");
  }

  private JsonObject awaitSolved(String plan) throws InterruptedException {
    Instant until = Instant.now().plus(PATIENCE);
    while (Instant.now().isBefore(until)) {
      JsonObject solved = api.get(plan, Api.DISPATCHER).json();
      if (solved.getString("status").equals("SOLVED")) {
        return solved;
      }
      Thread.sleep(500);
    }
    throw new AssertionError("The optimizer did not finish within a minute.");
  }
}
