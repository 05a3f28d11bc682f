package org.careroute.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.careroute.it.Api.Login;
import org.careroute.it.daylock.DayLockHold;
import org.careroute.it.daylock.DayLockServlet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bookings lock the clinic days they touch, not the clinic: two bookings competing for a day's last
 * place are serialised, while a booking on another day of the same clinic goes on past a held day.
 * A test transaction in the server ({@link DayLockServlet}) holds one day's lock through the
 * application's own port; the database itself says who waits for it, so nothing here is timed.
 */
@ExtendWith(ArquillianExtension.class)
class ClinicDayLockIT {

  private static final String WEB_MODULE = "careroute-web.war";

  /** The packaged application, with the test's lock holder added to its web module. */
  @Deployment(testable = false)
  static EnterpriseArchive earWithDayLockHolder() {
    EnterpriseArchive ear = DeployedApplication.packaged();
    WebArchive web =
        ShrinkWrap.create(WebArchive.class, WEB_MODULE)
            .merge(ear.getAsType(WebArchive.class, WEB_MODULE))
            .addClasses(DayLockServlet.class, DayLockHold.class, DayLockHold.Hold.class);
    ear.delete(WEB_MODULE);
    return ear.addAsModule(web);
  }

  @ArquillianResource URL base;

  private Api api;
  private TestPractice practice;
  private long clinic;
  private long treatment;
  private final Map<Integer, Long> shiftOnDay = new HashMap<>();
  private boolean holding;

  @BeforeEach
  void practiceWithTwoWorkingDays() {
    api = new Api(base);
    practice = new TestPractice(api);
    clinic = practice.clinic(1);
    treatment = practice.treatment(40, 30, "\"CLINIC\"", "");
    long nurse = practice.nurse("Lock Nurse", "");
    for (int day = 3; day <= 5; day++) {
      shiftOnDay.put(
          day,
          practice.shift(
              nurse, clinic, "CLINIC", TestPractice.at(day, 8, 0), TestPractice.at(day, 16, 0)));
    }
  }

  @AfterEach
  void letGo() {
    if (holding) {
      release();
    }
  }

  @Test
  void twoBookingsOfADaysLastPlaceAtOnceGiveOneBookingAndOneRefusal() {
    String booking = TestPractice.clinicBooking(treatment, clinic, TestPractice.at(3, 10, 0));
    List<CompletableFuture<Api.Reply>> replies =
        List.of(practice.clearedPatient("First Racer"), practice.clearedPatient("Second Racer"))
            .stream()
            .map(patient -> api.postAsync("api/appointments", booking, patient))
            .toList();

    Map<Integer, Long> outcome =
        replies.stream()
            .map(CompletableFuture::join)
            .collect(Collectors.groupingBy(Api.Reply::status, Collectors.counting()));

    assertThat(outcome).isEqualTo(Map.of(201, 1L, 409, 1L));
  }

  @Test
  void aBookingOnAnotherDayCommitsWhileADayIsHeldAndOneOnTheHeldDayWaitsForIt() {
    hold(dayOf(3));

    Api.Reply otherDay = neverWaitingForTheHold(book("Other Day", TestPractice.at(4, 10, 0)));
    assertThat(otherDay.status()).as(otherDay.toString()).isEqualTo(201);

    CompletableFuture<Api.Reply> heldDay = book("Held Day", TestPractice.at(3, 10, 0));
    awaitWaitingForTheHold(heldDay);
    release();
    assertThat(heldDay.join().status()).as(heldDay.join().toString()).isEqualTo(201);
  }

  @Test
  void aMoveWaitsForTheDayItLeavesAndForTheDayItGoesTo() {
    Login patient = practice.clearedPatient("Moving Patient");
    Api.Reply booked =
        api.post(
            "api/appointments",
            TestPractice.clinicBooking(treatment, clinic, TestPractice.at(3, 10, 0)),
            patient);
    assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
    long id = booked.json().getJsonNumber("id").longValue();

    hold(dayOf(3));
    CompletableFuture<Api.Reply> away = move(id, TestPractice.at(4, 10, 0), patient);
    awaitWaitingForTheHold(away);
    release();
    assertThat(away.join().status()).as(away.join().toString()).isEqualTo(200);

    hold(dayOf(3));
    CompletableFuture<Api.Reply> back = move(id, TestPractice.at(3, 11, 0), patient);
    awaitWaitingForTheHold(back);
    release();
    assertThat(back.join().status()).as(back.join().toString()).isEqualTo(200);
  }

  @Test
  void aSeriesWaitsForEachOfItsDays() {
    Login patient = practice.clearedPatient("Series Patient");
    hold(dayOf(5));

    CompletableFuture<Api.Reply> series =
        api.postAsync(
            "api/series",
            TestPractice.clinicSeries(
                treatment, clinic, TestPractice.iso(TestPractice.at(3, 10, 0)), 2, 2, 2),
            patient);
    awaitWaitingForTheHold(series);
    release();

    Api.Reply booked = series.join();
    assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
    assertThat(
            booked.json().getJsonArray("sessions").stream()
                .map(s -> start(s.asJsonObject()).toLocalDate()))
        .containsExactly(dayOf(3), dayOf(5));
  }

  @Test
  void deletingAShiftWaitsForTheDayItIsWorkedOn() {
    hold(dayOf(4));

    CompletableFuture<Api.Reply> deleted =
        api.http()
            .sendAsync(
                api.request("api/admin/shifts/" + shiftOnDay.get(4), Api.ADMIN).DELETE().build(),
                HttpResponse.BodyHandlers.ofString())
            .thenApply(
                response -> new Api.Reply(response.statusCode(), "", response.body(), response));
    awaitWaitingForTheHold(deleted);
    release();
    assertThat(deleted.join().status()).as(deleted.join().toString()).isEqualTo(200);
  }

  private CompletableFuture<Api.Reply> book(String patientName, ZonedDateTime start) {
    return api.postAsync(
        "api/appointments",
        TestPractice.clinicBooking(treatment, clinic, start),
        practice.clearedPatient(patientName));
  }

  private CompletableFuture<Api.Reply> move(long id, ZonedDateTime to, Login patient) {
    return api.postAsync(
        "api/appointments/" + id + "/reschedule",
        """
        {"windowStart":"%s"}"""
            .formatted(TestPractice.iso(to)),
        patient);
  }

  private static LocalDate dayOf(int daysAhead) {
    return TestPractice.at(daysAhead, 12, 0).toLocalDate();
  }

  private static ZonedDateTime start(JsonObject session) {
    return ZonedDateTime.parse(session.getString("windowStart"))
        .withZoneSameInstant(TestPractice.ZONE);
  }

  private void hold(LocalDate day) {
    Api.Reply held =
        api.send(
            HttpRequest.newBuilder(api.uri("test/day-lock?clinic=" + clinic + "&day=" + day))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());
    assertThat(held.status()).as(held.toString()).isEqualTo(200);
    holding = true;
  }

  /** The statements that wait for the held day's lock, as the database reports them. */
  private List<String> waitingForTheHold() {
    Api.Reply waiting = api.send(HttpRequest.newBuilder(api.uri("test/day-lock")).GET().build());
    assertThat(waiting.status()).as(waiting.toString()).isEqualTo(200);
    return waiting.body().isBlank() ? List.of() : List.of(waiting.body().split("\n"));
  }

  private void release() {
    holding = false;
    Api.Reply released =
        api.send(HttpRequest.newBuilder(api.uri("test/day-lock")).DELETE().build());
    assertThat(released.status()).as(released.toString()).isEqualTo(204);
  }

  /** The change's reply, which must come while nothing waits for the held day. */
  private Api.Reply neverWaitingForTheHold(CompletableFuture<Api.Reply> change) {
    while (!change.isDone()) {
      if (!waitingForTheHold().isEmpty()) {
        fail("A change of another day waits for the held day's lock.");
      }
      pause();
    }
    return change.join();
  }

  /**
   * Returns once the database shows the change waiting for the held day, and waiting in taking the
   * day's lock before it judges anything: not merely in bumping the day's revision as it commits.
   * Fails if the change finished first.
   */
  private void awaitWaitingForTheHold(CompletableFuture<Api.Reply> change) {
    List<String> waiting = waitingForTheHold();
    while (waiting.isEmpty()) {
      if (change.isDone()) {
        fail("The change did not wait for the held day: " + change.join());
      }
      pause();
      waiting = waitingForTheHold();
    }
    assertThat(change).as("a change waiting for the held day").isNotDone();
    // A waitlist offer for room the change freed may wait for the day too, in taking its lock.
    assertThat(waiting)
        .allSatisfy(
            statement ->
                assertThat(statement).contains("clinic_day_lock").doesNotContain("revision + 1"));
  }

  private static void pause() {
    try {
      Thread.sleep(20);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
