package org.careroute.it.faults;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.careroute.it.Api;
import org.careroute.it.Api.Login;
import org.careroute.it.TestPractice;
import org.junit.jupiter.api.Test;

/**
 * MariaDB stopped and started again under booking load: the server stays up and answers the
 * requests of the outage with a 503 problem and Retry-After at once, recovers by itself, keeps
 * every booking and cancellation it acknowledged, and holds nothing it refused; the nurse's ratio
 * holds throughout.
 */
class DatabaseRestartFaultIT {

  private static final int DAYS_AHEAD = 4;
  private static final int PATIENTS = 40;
  private static final int CLIENTS = 12;

  /** A clinic nurse watches at most three STANDARD patients at once; the clinic has one nurse. */
  private static final int RATIO = 3;

  /** Longer than any answer may take: a request still waiting then has hung. */
  private static final Duration HANG = Duration.ofSeconds(15);

  private enum Phase {
    BEFORE,
    OUTAGE,
    AFTER
  }

  /**
   * One request of the load and what it got; status -1 when no answer came at all. The patient is
   * null for an anonymous read.
   */
  private record Attempt(
      Phase phase,
      String what,
      Login patient,
      int status,
      String retryAfter,
      String type,
      String incident,
      Long id) {}

  private final Api api = ServerUnderFaults.api();
  private final TestPractice practice = new TestPractice(api);
  private final AtomicReference<Phase> phase = new AtomicReference<>(Phase.BEFORE);
  private final List<Attempt> attempts = Collections.synchronizedList(new ArrayList<>());

  /** The first occurrences of the outage's few causes, each with its frames. */
  static final long FIRST_TRACES_BYTES = 2L * 1024 * 1024;

  /** One short line per failed request in server.log and one on the console, with room to spare. */
  static final long LOGGED_BYTES_PER_FAILURE = 600;

  @Test
  void
      aDatabaseRestartUnderBookingLoadLosesNothingAcknowledgedAndAnswers503MeanwhileWithoutARestart()
          throws Exception {
    ServerUnderFaults.awaitReady(Duration.ofMinutes(2));
    long clinic = practice.clinic(6);
    long treatment = practice.treatment(40, 30, "\"CLINIC\"", "");
    long nurse = practice.nurse("Outage Nurse", "");
    practice.shift(
        nurse,
        clinic,
        "CLINIC",
        TestPractice.at(DAYS_AHEAD, 8, 0),
        TestPractice.at(DAYS_AHEAD, 16, 0));
    List<Login> patients =
        IntStream.range(0, PATIENTS).mapToObj(i -> practice.clearedPatient("Outage " + i)).toList();
    long serverBefore = ServerUnderFaults.serverPid();

    AtomicBoolean running = new AtomicBoolean(true);
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    for (int c = 0; c < CLIENTS; c++) {
      clients.submit(
          () -> {
            while (running.get()) {
              bookAndSometimesCancel(patients, treatment, clinic);
            }
          });
    }
    ServerUnderFaults.sleep(Duration.ofSeconds(4));
    long loggedBefore = ServerUnderFaults.loggedBytes();
    ServerUnderFaults.stopDatabase();
    phase.set(Phase.OUTAGE);
    ServerUnderFaults.sleep(Duration.ofSeconds(8));
    ServerUnderFaults.startDatabase();
    ServerUnderFaults.awaitReady(Duration.ofSeconds(30));
    long loggedDuringOutage = ServerUnderFaults.loggedBytes() - loggedBefore;
    phase.set(Phase.AFTER);
    ServerUnderFaults.sleep(Duration.ofSeconds(4));
    running.set(false);
    clients.shutdown();
    assertThat(clients.awaitTermination(1, TimeUnit.MINUTES)).isTrue();

    Map<String, Long> outcomes =
        attempts.stream()
            .collect(
                Collectors.groupingBy(
                    a -> a.phase() + " " + a.what() + " " + a.status(),
                    TreeMap::new,
                    Collectors.counting()));
    System.out.println("DatabaseRestartFaultIT: " + outcomes);

    assertThat(ServerUnderFaults.serverPid())
        .as("the same server, not restarted")
        .isEqualTo(serverBefore);
    assertThat(attempts)
        .as("no hang and no server error but 503")
        .noneMatch(a -> a.status() == -1 || (a.status() >= 500 && a.status() != 503));
    List<Attempt> unavailable = attempts.stream().filter(a -> a.status() == 503).toList();
    assertThat(unavailable).as("503s while the database was away").isNotEmpty();
    assertThat(unavailable)
        .as("503s to anonymous reads, which no login check answered")
        .anyMatch(a -> a.what().equals("catalog"));
    assertThat(unavailable)
        .allSatisfy(
            a -> {
              assertThat(a.retryAfter()).as("Retry-After").isNotNull();
              assertThat(a.type()).startsWith("application/problem+json");
              assertThat(a.incident())
                  .as("an incident id to quote, whether the login check or the API answered")
                  .isNotBlank();
            });
    // A trace per failed request (some 240 KB each before) would fill a disk in a long outage; a
    // cause's frames are written once, each later failure is one short line (in the log file and
    // on the console).
    assertThat(loggedDuringOutage)
        .as("bytes logged while %d requests failed", unavailable.size())
        .isLessThanOrEqualTo(FIRST_TRACES_BYTES + unavailable.size() * LOGGED_BYTES_PER_FAILURE);
    // The clinic may be full by then: a refusal (409) also means the booking rules read the day.
    assertThat(attempts)
        .as("bookings decided after the database came back")
        .anyMatch(
            a -> a.phase() == Phase.AFTER && a.what().equals("book") && a.status() / 100 != 5);

    for (Login patient : patients) {
      assertThat(activeIds(patient))
          .as("the bookings acknowledged and not acknowledged as cancelled")
          .containsExactlyInAnyOrderElementsOf(expectedActive(patient));
    }
    assertThat(mostAtOnce(patients)).as("patients watched at once").isLessThanOrEqualTo(RATIO);
  }

  private void bookAndSometimesCancel(List<Login> patients, long treatment, long clinic) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    Login patient = patients.get(random.nextInt(patients.size()));
    ZonedDateTime start =
        TestPractice.at(DAYS_AHEAD, 8 + random.nextInt(7), 30 * random.nextInt(2));
    Attempt booked =
        attempt(
            "book",
            patient,
            "api/appointments",
            TestPractice.clinicBooking(treatment, clinic, start));
    if (booked.status() == 201 && random.nextInt(4) == 0) {
      attempt("cancel", patient, "api/appointments/" + booked.id() + "/cancel", "");
    }
    // Anonymous reads reach the application without a login to check first.
    attempt("catalog", null, "api/clinics", null);
  }

  private Attempt attempt(String what, Login patient, String path, String json) {
    Phase during = phase.get();
    Attempt attempt;
    try {
      HttpRequest.Builder request = api.request(path, patient).timeout(HANG);
      Api.Reply reply =
          api.send(
              json == null
                  ? request.GET().build()
                  : request
                      .header("Content-Type", "application/json")
                      .POST(HttpRequest.BodyPublishers.ofString(json))
                      .build());
      Long id = null;
      if (what.equals("book") && reply.status() == 201) {
        id = reply.json().getJsonNumber("id").longValue();
      } else if (what.equals("cancel")) {
        id = Long.valueOf(path.replaceAll("\\D", ""));
      }
      attempt =
          new Attempt(
              during,
              what,
              patient,
              reply.status(),
              reply.raw().headers().firstValue("Retry-After").orElse(null),
              reply.contentType(),
              reply.status() == 503 ? reply.json().getString("incident", null) : null,
              id);
    } catch (RuntimeException noAnswer) {
      attempt = new Attempt(during, what, patient, -1, null, null, null, null);
    }
    attempts.add(attempt);
    return attempt;
  }

  private List<Long> expectedActive(Login patient) {
    List<Attempt> mine = attempts.stream().filter(a -> patient.equals(a.patient())).toList();
    Set<Long> cancelled =
        mine.stream()
            .filter(a -> a.what().equals("cancel") && a.status() == 200)
            .map(Attempt::id)
            .collect(Collectors.toSet());
    return mine.stream()
        .filter(a -> a.what().equals("book") && a.status() == 201)
        .map(Attempt::id)
        .filter(id -> !cancelled.contains(id))
        .toList();
  }

  private List<JsonObject> active(Login patient) {
    Api.Reply mine = api.get("api/appointments", patient);
    assertThat(mine.status()).as(mine.toString()).isEqualTo(200);
    return mine.array().stream()
        .map(v -> v.asJsonObject())
        .filter(a -> !a.getString("status").equals("CANCELLED"))
        .toList();
  }

  private List<Long> activeIds(Login patient) {
    return active(patient).stream().map(a -> a.getJsonNumber("id").longValue()).toList();
  }

  /** The most sessions under way at one moment, over every booking the patients hold. */
  private int mostAtOnce(List<Login> patients) throws IOException {
    List<long[]> spans = new ArrayList<>();
    for (Login patient : patients) {
      for (JsonObject a : active(patient)) {
        long start = OffsetDateTime.parse(a.getString("plannedStart")).toEpochSecond();
        spans.add(new long[] {start, start + 60L * a.getInt("occupancyMinutes")});
      }
    }
    int most = 0;
    for (long[] span : spans) {
      int atOnce = (int) spans.stream().filter(o -> o[0] <= span[0] && span[0] < o[1]).count();
      most = Math.max(most, atOnce);
    }
    return most;
  }
}
