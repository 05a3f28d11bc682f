package org.careroute.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each peer solves Solomon's C101 cut to its first ten customers (the test resource {@code
 * vrptw/C101.txt}, origin in {@code vrptw/SOURCE.md}) into routes the replay finds feasible.
 */
class RoutePeerSmokeTest {

  @ParameterizedTest
  @ValueSource(strings = {"optaplanner", "ortools", "jsprit"})
  void solvesTenCustomersIntoAFeasibleReplay(String name) throws Exception {
    VrptwInstance instance =
        VrptwInstance.read(Path.of(getClass().getResource("/vrptw/C101.txt").toURI()))
            .firstCustomers(10);

    RouteReplay.Replay replay = RouteReplay.of(instance, PeersBench.peer(name).solve(instance, 1));

    assertThat(replay.violations()).isEmpty();
    assertThat(replay.vehiclesUsed()).isPositive();
  }
}
