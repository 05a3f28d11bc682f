package org.careroute.it.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.careroute.it.Api;
import org.careroute.it.TestPractice;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A day's optimisation belongs to the cluster, not to a node: it is watched, stopped and published
 * through any node; when the node solving it dies, another takes it over from the stored best plan;
 * and a restart of every node loses no plan that was not yet published.
 */
class SolveClusterIT {

  private static final Duration PATIENCE = Duration.ofSeconds(90);

  @BeforeAll
  static void clusterIsWhole() {
    ClusterUnderTest.awaitEveryNode(Duration.ofMinutes(3));
  }

  private final Api balancer = new Api(ClusterUnderTest.url(ClusterUnderTest.BALANCER));
  private final TestPractice practice = new TestPractice(balancer);

  /** The treatment every day of a test books (one per test: its code is the practice's). */
  private long treatment;

  private static Api at(int node) {
    return new Api(ClusterUnderTest.url(ClusterUnderTest.node(node)));
  }

  private static String plan(long clinic, int day) {
    return "api/plans/" + clinic + "/" + TestPractice.at(day, 0, 0).toLocalDate();
  }

  @Test
  void aSolveStartedThroughOneNodeStreamsToAClientOfTheOtherWhichStopsAndPublishesIt()
      throws Exception {
    long clinic = practice.clinic(2);
    int bookings = bookADay(clinic, 11);
    String plan = plan(clinic, 11);
    Api.Reply started = at(1).post(plan + "/solve", "", Api.DISPATCHER);
    assertThat(started.status()).as(started.toString()).isEqualTo(202);
    // Whichever node took the job (the one asked, unless the other was quicker), the other watches.
    String solving = started.json().getJsonObject("job").getString("node");
    int watching = solving.equals("node1") ? 2 : 1;
    Api nodeA = at(3 - watching);
    Api nodeB = at(watching);

    HttpResponse<Stream<String>> events = ClusterDay.planEvents(nodeB, plan);
    assertThat(events.headers().firstValue(SessionCookies.NODE_HEADER)).contains("node" + watching);
    CompletableFuture<String> firstPlanEvent =
        CompletableFuture.supplyAsync(() -> ClusterUnderTest.firstPlanEvent(events.body()));
    try {
      String event = firstPlanEvent.get(60, TimeUnit.SECONDS);
      assertThat(event)
          .as("a better plan found on " + solving + ", heard on node" + watching)
          .contains("\"score\"");
    } finally {
      events.body().close();
    }

    Api.Reply stopped = nodeB.post(plan + "/stop", "", Api.DISPATCHER);
    assertThat(stopped.status()).as(stopped.toString()).isEqualTo(204);
    JsonObject solved = awaitStatus(nodeB, plan, "SOLVED");
    assertThat(solved.getJsonObject("job").getString("state")).isEqualTo("DONE");

    Api.Reply published = nodeB.post(plan + "/publish", "", Api.DISPATCHER);
    assertThat(published.status()).as(published.toString()).isEqualTo(200);
    JsonObject result = published.json();
    assertThat(result.getInt("updated") + result.getInt("unchanged")).isEqualTo(bookings);
    assertThat(result.getJsonArray("changedMeanwhile")).isEmpty();
    assertThat(nodeA.get(plan, Api.DISPATCHER).json().getString("status"))
        .as("published through the watching node, as the solving node sees it")
        .isEqualTo("AS_BOOKED");
  }

  @Test
  void whenTheSolvingNodeDiesTheOtherFinishesTheJobFromItsStoredBestPlan() throws Exception {
    long clinic = practice.clinic(2);
    int bookings = bookADay(clinic, 12);
    String plan = plan(clinic, 12);
    Api.Reply started = balancer.post(plan + "/solve", "", Api.DISPATCHER);
    assertThat(started.status()).as(started.toString()).isEqualTo(202);
    String solving = started.json().getJsonObject("job").getString("node");
    int victim = Integer.parseInt(solving.substring("node".length()));
    Api survivor = at(victim == 1 ? 2 : 1);
    JsonObject stored = awaitStoredBest(survivor, plan);
    String storedScore = stored.getString("score");

    ClusterUnderTest.killHard(victim);
    Instant killed = Instant.now();
    try {
      List<String> statesSeen = new ArrayList<>();
      JsonObject resumed = null;
      while (Duration.between(killed, Instant.now()).compareTo(PATIENCE) < 0) {
        Api.Reply reply = balancer.get(plan, Api.DISPATCHER);
        if (reply.status() == 200) {
          JsonObject job = reply.json().getJsonObject("job");
          statesSeen.add(reply.json().getString("status"));
          if (job != null && !solving.equals(nodeOf(job)) && nodeOf(job) != null) {
            resumed = reply.json();
            break;
          }
        }
        ClusterUnderTest.sleep(Duration.ofMillis(200));
      }
      Duration takeover = Duration.between(killed, Instant.now());
      assertThat(resumed).as("no node took the job over; states seen " + statesSeen).isNotNull();
      System.out.printf(
          "kill -9 of %s to the job solving on %s: %d ms%n",
          solving, nodeOf(resumed.getJsonObject("job")), takeover.toMillis());
      assertThat(statesSeen)
          .as("the dispatcher sees the job as being optimised throughout")
          .containsOnly("SOLVING");
      assertThat(notWorse(resumed.getString("score"), storedScore))
          .as("continued from the stored plan " + storedScore + ": " + resumed.getString("score"))
          .isTrue();

      JsonObject solved = awaitStatus(survivor, plan, "SOLVED");
      assertThat(notWorse(solved.getString("score"), storedScore)).isTrue();
      Api.Reply published = survivor.post(plan + "/publish", "", Api.DISPATCHER);
      assertThat(published.status()).as(published.toString()).isEqualTo(200);
      JsonObject result = published.json();
      assertThat(result.getInt("updated") + result.getInt("unchanged")).isEqualTo(bookings);
    } finally {
      ClusterUnderTest.restart(victim);
    }
  }

  @Test
  void aRestartOfEveryNodeLosesNoUnpublishedPlan() throws Exception {
    long clinic = practice.clinic(2);
    bookADay(clinic, 13);
    String finished = plan(clinic, 13);
    long other = practice.clinic(2);
    bookADay(other, 13);
    String running = plan(other, 13);
    assertThat(balancer.post(finished + "/solve", "", Api.DISPATCHER).status()).isEqualTo(202);
    balancer.post(finished + "/stop", "", Api.DISPATCHER);
    JsonObject before = awaitStatus(balancer, finished, "SOLVED");
    assertThat(balancer.post(running + "/solve", "", Api.DISPATCHER).status()).isEqualTo(202);
    awaitStoredBest(balancer, running);

    for (int k = 1; k <= ClusterUnderTest.NODES; k++) {
      ClusterUnderTest.killHard(k);
    }
    for (int k = 1; k <= ClusterUnderTest.NODES; k++) {
      ClusterUnderTest.restart(k);
    }

    JsonObject after = balancer.get(finished, Api.DISPATCHER).json();
    assertThat(after.getString("status")).isEqualTo("SOLVED");
    assertThat(after.getString("score")).isEqualTo(before.getString("score"));
    assertThat(after.getJsonArray("sessions")).isEqualTo(before.getJsonArray("sessions"));
    assertThat(balancer.post(finished + "/publish", "", Api.DISPATCHER).status()).isEqualTo(200);
    JsonObject resumed = awaitStatus(balancer, running, "SOLVED");
    assertThat(resumed.getJsonObject("job").getString("state")).isEqualTo("DONE");
  }

  private static String nodeOf(JsonObject job) {
    JsonValue node = job.get("node");
    return node == null || node.getValueType() != JsonValue.ValueType.STRING
        ? null
        : job.getString("node");
  }

  /** Waits until a better plan of the running solve has been stored, as another node sees it. */
  private static JsonObject awaitStoredBest(Api api, String plan) {
    Instant deadline = Instant.now().plus(PATIENCE);
    while (Instant.now().isBefore(deadline)) {
      Api.Reply reply = api.get(plan, Api.DISPATCHER);
      if (reply.status() == 200) {
        JsonObject job = reply.json().getJsonObject("job");
        if (job != null
            && job.containsKey("improvedAt")
            && "SOLVING".equals(job.getString("state"))) {
          return reply.json();
        }
      }
      ClusterUnderTest.sleep(Duration.ofMillis(200));
    }
    throw new AssertionError("no best plan of " + plan + " was stored");
  }

  private static JsonObject awaitStatus(Api api, String plan, String status) {
    Instant deadline = Instant.now().plus(PATIENCE);
    JsonObject last = null;
    while (Instant.now().isBefore(deadline)) {
      Api.Reply reply = api.get(plan, Api.DISPATCHER);
      if (reply.status() == 200) {
        last = reply.json();
        if (status.equals(last.getString("status"))) {
          return last;
        }
      }
      ClusterUnderTest.sleep(Duration.ofMillis(300));
    }
    throw new AssertionError(plan + " never reached " + status + ": " + last);
  }

  /** Whether score {@code a} (hard/medium/soft) is at least as good as {@code b}. */
  private static boolean notWorse(String a, String b) {
    long[] x = levels(a);
    long[] y = levels(b);
    for (int i = 0; i < 3; i++) {
      if (x[i] != y[i]) {
        return x[i] > y[i];
      }
    }
    return true;
  }

  private static long[] levels(String score) {
    String[] parts = score.replaceAll("[a-z]", "").split("/");
    return new long[] {
      Long.parseLong(parts[parts.length - 3]),
      Long.parseLong(parts[parts.length - 2]),
      Long.parseLong(parts[parts.length - 1])
    };
  }

  /**
   * Four clinic sessions and six home visits, for a clinic nurse and two on the road: enough for
   * the optimizer to work a while.
   *
   * @return how many bookings the day has
   */
  private int bookADay(long clinic, int day) {
    if (treatment == 0) {
      treatment = practice.treatment(40, 20, "\"CLINIC\",\"HOME\"", "");
    }
    return ClusterDay.book(
        balancer,
        practice,
        treatment,
        clinic,
        day,
        new int[] {9, 10, 12, 14},
        new int[] {8, 8, 10, 10, 12, 12});
  }
}
