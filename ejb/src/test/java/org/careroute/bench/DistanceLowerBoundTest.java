package org.careroute.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bound against an exhaustive search that shares nothing with it but the replay: every way of
 * splitting a few customers into routes, each route in every order.
 */
class DistanceLowerBoundTest {

  private static final double ROUNDING = 1e-3;

  @Test
  void theRouteModelFindsTheExhaustiveSearchsOptimumOnAnEightVisitHomeCareDay() {
    VrptwInstance day = HomeCareDayGenerator.instance(8, 5, 11);

    DistanceLowerBound.Bound bound = DistanceLowerBound.of(day, 30, 1);

    double exhaustive = Exhaustive.shortest(day);
    assertThat(bound.model()).isEqualTo("routes");
    assertThat(bound.status()).isEqualTo("OPTIMAL");
    assertThat(bound.bestFoundFeasible()).isTrue();
    assertThat(bound.bestFoundDistance()).isCloseTo(exhaustive, within(ROUNDING));
    assertThat(bound.lowerBound()).isBetween(exhaustive - ROUNDING, exhaustive + 1e-9);
  }

  @Test
  void theArcModelBoundsBelowAndSolvesToTheOptimumOnSolomonsFirstEightCustomers() throws Exception {
    VrptwInstance c101 =
        VrptwInstance.read(Path.of(getClass().getResource("/vrptw/C101.txt").toURI()))
            .firstCustomers(8);

    DistanceLowerBound.Bound arcs = DistanceLowerBound.choosingArcs(c101, 30, 1);

    double exhaustive = Exhaustive.shortest(c101);
    assertThat(arcs.lowerBound()).isPositive().isLessThanOrEqualTo(exhaustive + 1e-9);
    assertThat(arcs.bestFoundFeasible()).isTrue();
    assertThat(arcs.status()).isEqualTo("OPTIMAL");
    // Its distances are rounded down a thousandth a leg: at most that much short on nine legs.
    assertThat(arcs.bestFoundDistance()).isCloseTo(exhaustive, within(0.01));
  }

  @Test
  void noPeerBeatsTheBoundOnAHomeCareDayOfTwentyVisits() {
    VrptwInstance day = HomeCareDayGenerator.instance(20, 9, 5);

    DistanceLowerBound.Bound bound = DistanceLowerBound.of(day, 30, 1);

    assertThat(bound.status()).isEqualTo("OPTIMAL");
    for (String peer : List.of("optaplanner", "ortools", "jsprit")) {
      RouteReplay.Replay replay = RouteReplay.of(day, PeersBench.peer(peer).solve(day, 1));
      if (replay.feasible()) {
        assertThat(replay.distance()).as(peer).isGreaterThanOrEqualTo(bound.lowerBound());
      }
    }
  }

  /**
   * Every split of the customers into at most the file's vehicles, each route in its best order.
   */
  private static final class Exhaustive {

    static double shortest(VrptwInstance instance) {
      List<Integer> customers = new ArrayList<>();
      for (int c = 1; c < instance.rows().size(); c++) {
        customers.add(c);
      }
      return partitions(instance, customers, 0, new ArrayList<>());
    }

    private static double partitions(
        VrptwInstance instance, List<Integer> customers, int next, List<List<Integer>> blocks) {
      if (blocks.size() > instance.vehicles()) {
        return Double.POSITIVE_INFINITY;
      }
      if (next == customers.size()) {
        double total = 0;
        for (List<Integer> block : blocks) {
          total += bestOrder(instance, block, new ArrayList<>(), new boolean[block.size()]);
        }
        return total;
      }
      double best = Double.POSITIVE_INFINITY;
      int customer = customers.get(next);
      for (int b = 0, existing = blocks.size(); b < existing; b++) {
        List<Integer> block = blocks.get(b);
        block.add(customer);
        best = Math.min(best, partitions(instance, customers, next + 1, blocks));
        block.remove(block.size() - 1);
      }
      blocks.add(new ArrayList<>(List.of(customer)));
      best = Math.min(best, partitions(instance, customers, next + 1, blocks));
      blocks.remove(blocks.size() - 1);
      return best;
    }

    private static double bestOrder(
        VrptwInstance instance, List<Integer> block, List<Integer> order, boolean[] placed) {
      if (order.size() == block.size()) {
        RouteReplay.Replay replay = RouteReplay.ofRoute(instance, order);
        return replay.feasible() ? replay.distance() : Double.POSITIVE_INFINITY;
      }
      double best = Double.POSITIVE_INFINITY;
      for (int i = 0; i < block.size(); i++) {
        if (!placed[i]) {
          placed[i] = true;
          order.add(block.get(i));
          best = Math.min(best, bestOrder(instance, block, order, placed));
          order.remove(order.size() - 1);
          placed[i] = false;
        }
      }
      return best;
    }
  }
}
