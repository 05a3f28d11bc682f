package org.careroute.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class RouteReplayTest {

  /**
   * Depot at the origin open 0-100; customer 1 at (3, 4), 5 away, window 0-20; customer 2 at (3,
   * 8), 4 further, window 0-30 (or 0-9 when tight); one kit each, a minute of service each.
   */
  private static VrptwInstance instance(int capacity, double secondDue) {
    return new VrptwInstance(
        "hand-made",
        2,
        capacity,
        List.of(
            new double[] {0, 0, 0, 0, 0, 100, 0},
            new double[] {1, 3, 4, 1, 0, 20, 1},
            new double[] {2, 3, 8, 1, 0, secondDue, 1}));
  }

  @Test
  void feasibleRoutesReportTheirDoubleDistanceAndVehicles() {
    RouteReplay.Replay replay = RouteReplay.of(instance(2, 30), List.of(List.of(1, 2), List.of()));

    assertThat(replay.violations()).isEmpty();
    assertThat(replay.vehiclesUsed()).isEqualTo(1);
    assertThat(replay.distance()).isCloseTo(5 + 4 + Math.hypot(3, 8), within(1e-12));
  }

  @Test
  void serviceStartingAfterTheDueTimeIsInfeasible() {
    // Arrival at customer 2 is 5 + 1 + 4 = 10, past its due time 9.
    RouteReplay.Replay replay = RouteReplay.of(instance(2, 9), List.of(List.of(1, 2)));

    assertThat(replay.feasible()).isFalse();
    assertThat(replay.violations()).singleElement().asString().contains("customer 2 starts at 10");
  }

  @Test
  void waitingForTheReadyTimeIsAllowed() {
    VrptwInstance instance =
        new VrptwInstance(
            "waits",
            1,
            5,
            List.of(new double[] {0, 0, 0, 0, 0, 100, 0}, new double[] {1, 3, 4, 1, 50, 50, 10}));

    assertThat(RouteReplay.of(instance, List.of(List.of(1))).feasible()).isTrue();
  }

  @Test
  void aLoadOverTheCapacityIsInfeasible() {
    RouteReplay.Replay replay = RouteReplay.of(instance(1, 30), List.of(List.of(1, 2)));

    assertThat(replay.violations())
        .singleElement()
        .asString()
        .contains("carries 2 over the capacity 1");
  }

  @Test
  void aMissingCustomerIsInfeasible() {
    RouteReplay.Replay replay = RouteReplay.of(instance(2, 30), List.of(List.of(1)));

    assertThat(replay.violations()).containsExactly("customer 2 served 0 times");
  }

  @Test
  void aCustomerServedTwiceIsInfeasible() {
    RouteReplay.Replay replay = RouteReplay.of(instance(2, 30), List.of(List.of(1, 2), List.of(2)));

    assertThat(replay.violations()).containsExactly("customer 2 served 2 times");
  }

  @Test
  void aLateReturnToTheDepotIsInfeasible() {
    VrptwInstance instance =
        new VrptwInstance(
            "late return",
            1,
            5,
            List.of(new double[] {0, 0, 0, 0, 0, 12, 0}, new double[] {1, 3, 4, 1, 0, 10, 5}));

    assertThat(RouteReplay.of(instance, List.of(List.of(1))).violations())
        .singleElement()
        .asString()
        .contains("returns to the depot");
  }
}
