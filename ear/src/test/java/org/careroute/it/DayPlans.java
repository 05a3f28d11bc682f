package org.careroute.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;

/** A day's plan as the dispatcher drives it. */
final class DayPlans {

  private DayPlans() {}

  /**
   * Starts optimising the day of {@code planPath} and waits until the optimizer has finished:
   * nothing changed later reaches it.
   */
  static JsonObject solved(Api api, String planPath) throws InterruptedException {
    Api.Reply started = api.post(planPath + "/solve", "", Api.DISPATCHER);
    assertThat(started.status()).as(started.toString()).isEqualTo(202);
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      JsonObject plan = api.get(planPath, Api.DISPATCHER).json();
      if (plan.getString("status").equals("SOLVED")) {
        return plan;
      }
      Thread.sleep(500);
    }
    throw new AssertionError("The optimizer did not finish within a minute.");
  }
}
