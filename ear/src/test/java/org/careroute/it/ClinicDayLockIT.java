package org.careroute.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
 * application's own port. That a change waits for it is seen from the change's side: it does not
 * answer while the day is held and answers once the hold lets go; no lock table is read.
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

  /**
   * How long a change must stay unanswered while its day is held. Not a timing assertion: without
   * the hold each change here answers in well under a second, and the databases give up a lock wait
   * only after far longer (H2's LOCK_TIMEOUT 10 s, InnoDB's innodb_lock_wait_timeout 50 s), so a
   * change that is still unanswered after this has waited for the held day, not merely been slow.
   */
  private static final Duration UNANSWERED_WHILE_HELD = Duration.ofSeconds(3);

  /** A safety net for a change that never answers once let go, not a measure of anything. */
  private static final Duration ANSWER_AFTER_RELEASE = Duration.ofSeconds(60);

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

    // Answered while the day is still held: had it waited for the hold, it would have answered
    // only when the database gave up its lock wait, and not with a booking.
    Api.Reply otherDay = book("Other Day", TestPractice.at(4, 10, 0)).join();
    assertThat(otherDay.status()).as(otherDay.toString()).isEqualTo(201);

    CompletableFuture<Api.Reply> heldDay = book("Held Day", TestPractice.at(3, 10, 0));
    assertThat(unansweredWhileHeldThenAnswered(heldDay).status())
        .as(heldDay.join().toString())
        .isEqualTo(201);
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
    assertThat(unansweredWhileHeldThenAnswered(away).status())
        .as(away.join().toString())
        .isEqualTo(200);

    hold(dayOf(3));
    CompletableFuture<Api.Reply> back = move(id, TestPractice.at(3, 11, 0), patient);
    assertThat(unansweredWhileHeldThenAnswered(back).status())
        .as(back.join().toString())
        .isEqualTo(200);
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
    Api.Reply booked = unansweredWhileHeldThenAnswered(series);
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
    assertThat(unansweredWhileHeldThenAnswered(deleted).status())
        .as(deleted.join().toString())
        .isEqualTo(200);
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

  private void release() {
    holding = false;
    Api.Reply released =
        api.send(HttpRequest.newBuilder(api.uri("test/day-lock")).DELETE().build());
    assertThat(released.status()).as(released.toString()).isEqualTo(204);
  }

  /**
   * The change's answer, once it has stayed unanswered for {@link #UNANSWERED_WHILE_HELD} while the
   * day is held and the hold has then let go. Fails if it answered while the day was held.
   */
  private Api.Reply unansweredWhileHeldThenAnswered(CompletableFuture<Api.Reply> change) {
    try {
      Api.Reply early = change.get(UNANSWERED_WHILE_HELD.toMillis(), TimeUnit.MILLISECONDS);
      fail("The change did not wait for the held day: " + early);
    } catch (TimeoutException stillWaiting) {
      // Waiting for the held day, as it should.
    } catch (InterruptedException | ExecutionException e) {
      throw new IllegalStateException(e);
    }
    release();
    try {
      return change.get(ANSWER_AFTER_RELEASE.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException | ExecutionException | TimeoutException e) {
      throw new IllegalStateException("The change did not answer once the day was let go", e);
    }
  }
}
