package org.careroute.it.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.careroute.it.Api;
import org.careroute.it.TestPractice;
import org.careroute.it.cluster.SessionCookies.Session;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A patient logged in through the balancer keeps working when the node that logged them in dies
 * (kill -9): the session is a row in the shared database, and the balancer sends the next request
 * to a node that lives. The node is brought back afterwards, for the tests that follow.
 */
class SessionFailoverClusterIT {

  private static final URI BALANCER = ClusterUnderTest.BALANCER;

  @BeforeAll
  static void clusterIsWhole() {
    ClusterUnderTest.awaitEveryNode(Duration.ofMinutes(3));
  }

  private final Api api = new Api(ClusterUnderTest.url(BALANCER));
  private final TestPractice practice = new TestPractice(api);

  @Test
  void aLoggedInPatientKeepsWorkingWhenTheirNodeDies() throws IOException, InterruptedException {
    Api.Login patient = practice.clearedPatient("Failover Patient");
    Session session = SessionCookies.logIn(BALANCER, patient);
    assertThat(session.startedBy()).startsWith("node");
    int victim = Integer.parseInt(session.startedBy().substring("node".length()));
    assertThat(SessionCookies.get(BALANCER, "api/patients/me", session).statusCode())
        .isEqualTo(200);

    ClusterUnderTest.killHard(victim);
    Instant killed = Instant.now();
    try {
      HttpResponse<String> first = firstAnswer(session, killed.plusSeconds(30));
      Duration failover = Duration.between(killed, Instant.now());
      System.out.printf(
          "kill -9 of %s to the first answer through the balancer: %d ms (%s answered %d)%n",
          session.startedBy(),
          failover.toMillis(),
          first.headers().firstValue(SessionCookies.NODE_HEADER).orElse("?"),
          first.statusCode());
      assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
      assertThat(first.body()).contains(patient.login());
      assertThat(first.headers().firstValue(SessionCookies.NODE_HEADER))
          .get()
          .isNotEqualTo(session.startedBy());

      // Not just one lucky request: the session goes on working for reads and for logging out.
      for (int i = 0; i < 5; i++) {
        assertThat(SessionCookies.get(BALANCER, "api/appointments", session).statusCode())
            .isEqualTo(200);
      }
      HttpResponse<String> logout =
          SessionCookies.send(
              SessionCookies.request(BALANCER, "api/session", session).DELETE().build());
      assertThat(logout.statusCode()).isEqualTo(204);
      assertThat(SessionCookies.get(BALANCER, "api/patients/me", session).statusCode())
          .isEqualTo(401);
    } finally {
      ClusterUnderTest.restart(victim);
    }
    assertThat(ClusterUnderTest.ready(victim)).isTrue();
  }

  /**
   * The first answer other than a gateway error: a request already on its way to the dead node may
   * fail before the balancer sets the node aside.
   */
  private static HttpResponse<String> firstAnswer(Session session, Instant deadline) {
    while (true) {
      HttpResponse<String> reply = SessionCookies.get(BALANCER, "api/patients/me", session);
      if (reply.statusCode() < 500 || Instant.now().isAfter(deadline)) {
        return reply;
      }
      ClusterUnderTest.sleep(Duration.ofMillis(100));
    }
  }
}
