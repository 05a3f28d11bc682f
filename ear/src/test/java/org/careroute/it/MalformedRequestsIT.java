package org.careroute.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.careroute.it.Api.Login;
import org.careroute.it.MalformedInputs.Probe;
import org.careroute.it.OpenApiOperations.Operation;
import org.junit.jupiter.api.Test;

/**
 * Walks the running application's own OpenAPI document and sends every operation malformed input as
 * every role: whatever arrives, the answer is a 4xx problem detail, never a server error and never
 * a stack trace.
 */
class MalformedRequestsIT extends DeployedApplication {

  /** Server-sent event streams stay open; their malformed requests are the plan's, probed above. */
  private static final String EVENT_STREAM = "/events";

  @Test
  void everyOperationAnswersMalformedInputWithAProblemAndNeverAServerError() throws Exception {
    Map<String, Login> roles = new LinkedHashMap<>();
    roles.put("anonymous", null);
    roles.put("patient", practice.clearedPatient("Probe Patient"));
    roles.put("nurse", practice.nurseWithLogin("Probe Nurse"));
    roles.put("dispatcher", Api.DISPATCHER);
    roles.put("clinician", Api.CLINICIAN);
    roles.put("admin", Api.ADMIN);
    Api.Reply goals = api.get("api/planning-goals", Api.ADMIN);

    Api.Reply document = api.get("openapi?format=JSON", null);
    assertThat(document.status()).as(document.toString()).isEqualTo(200);
    List<Operation> operations =
        OpenApiOperations.of(document.json()).operations().stream()
            .filter(o -> !o.path().endsWith(EVENT_STREAM))
            .toList();
    assertThat(operations).hasSizeGreaterThan(50);

    List<String> failures = Collections.synchronizedList(new ArrayList<>());
    Map<Integer, Integer> statuses = new ConcurrentSkipListMap<>();
    // One client per role, all at once: the roles' probes do not depend on each other.
    ExecutorService clients = Executors.newFixedThreadPool(roles.size());
    try {
      List<Future<?>> walks = new ArrayList<>();
      for (Map.Entry<String, Login> role : roles.entrySet()) {
        walks.add(clients.submit(() -> operations.forEach(o -> walk(o, role, statuses, failures))));
      }
      for (Future<?> walk : walks) {
        walk.get();
      }
    } finally {
      clients.shutdownNow();
      // A probe the goals accepted as a change would weigh the other tests' solves differently.
      api.put("api/planning-goals", goals.body(), Api.ADMIN);
    }
    int sent = statuses.values().stream().mapToInt(Integer::intValue).sum();
    System.out.printf(
        "MalformedRequestsIT: %d requests to %d operations, %d answered wrongly; statuses %s%n",
        sent, operations.size(), failures.size(), statuses);
    assertThat(sent).isGreaterThanOrEqualTo(2_000);
    assertThat(failures).as("requests answered wrongly").isEmpty();
  }

  /**
   * Sends the operation's probes as the role, and its body's property probes when the role is let
   * in (a probe of the query or the body as a whole, sent to an id that exists nowhere, was not
   * answered 401 or 403).
   */
  private void walk(
      Operation operation,
      Map.Entry<String, Login> role,
      Map<Integer, Integer> statuses,
      List<String> failures) {
    boolean admitted = false;
    for (Probe probe : MalformedInputs.probes(operation)) {
      Api.Reply reply = send(probe, role, operation, statuses, failures);
      admitted |=
          !probe.what().startsWith("path ") && reply.status() != 401 && reply.status() != 403;
    }
    if (admitted) {
      for (Probe probe : MalformedInputs.fieldProbes(operation)) {
        send(probe, role, operation, statuses, failures);
      }
    }
  }

  private Api.Reply send(
      Probe probe,
      Map.Entry<String, Login> role,
      Operation operation,
      Map<Integer, Integer> statuses,
      List<String> failures) {
    Api.Reply reply = api.send(request(probe, role.getValue()));
    statuses.merge(reply.status(), 1, Integer::sum);
    String wrong = whatIsWrong(reply);
    if (wrong != null) {
      failures.add(operation + " [" + probe.what() + "] as " + role.getKey() + ": " + wrong);
    }
    return reply;
  }

  private HttpRequest request(Probe probe, Login login) {
    HttpRequest.Builder request = api.request(probe.pathAndQuery(), login);
    HttpRequest.BodyPublisher body =
        probe.body() == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(probe.body());
    if (probe.contentType() != null) {
      request.header("Content-Type", probe.contentType());
    }
    return request.method(probe.method(), body).build();
  }

  /** Null when the answer is as it should be; else what is wrong with it. */
  private static String whatIsWrong(Api.Reply reply) {
    String body = reply.body() == null ? "" : reply.body();
    if (reply.status() >= 500) {
      return reply.status() + " " + MalformedInputs.abbreviate(body, 300);
    }
    if (body.contains("at org.") || body.contains("at java.") || body.contains("Exception")) {
      return "stack trace or exception text in " + MalformedInputs.abbreviate(body, 300);
    }
    if (reply.status() >= 400 && !reply.contentType().startsWith("application/problem+json")) {
      return reply.status()
          + " as "
          + reply.contentType()
          + ": "
          + MalformedInputs.abbreviate(body, 300);
    }
    return null;
  }
}
