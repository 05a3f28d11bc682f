package org.careroute.planning.route.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import org.careroute.domain.model.staff.Certification;
import org.careroute.planning.route.Routes;
import org.careroute.planning.route.domain.HomeVisit;
import org.careroute.planning.route.domain.NurseRoute;
import org.junit.jupiter.api.Test;

class RegretInsertionTest {

  private static final long SHIFT_END = Routes.EIGHT + 8 * Routes.HOUR;

  /** Only the certified nurse may take the infusion; either nurse may take the check-up. */
  private final NurseRoute certified = Routes.assign(Routes.route("certified"));

  private final NurseRoute uncertified =
      Routes.assign(
          Routes.route(
              "uncertified", EnumSet.noneOf(Certification.class), Routes.EIGHT, SHIFT_END));

  private final HomeVisit infusion =
      Routes.visit(
          "infusion",
          Routes.A,
          Routes.EIGHT + 600,
          Routes.EIGHT + 1200,
          2 * Routes.HOUR,
          EnumSet.of(Certification.IV_THERAPY));

  private final HomeVisit checkUp =
      Routes.visit("check-up", Routes.B, Routes.EIGHT, Routes.EIGHT + Routes.HOUR, 2 * Routes.HOUR);

  private final RouteDraft onCertified = new RouteDraft(certified);
  private final RouteDraft onUncertified = new RouteDraft(uncertified);
  private final RouteDraft unstaffed = new RouteDraft(NurseRoute.unstaffed(Routes.HOME));

  @Test
  void theVisitOnlyOneRouteTakesGoesFirstSoBothVisitsArePlaced() {
    new RegretInsertion(3, 0)
        .recreate(
            new ArrayList<>(List.of(checkUp, infusion)),
            visit -> List.of(onCertified, onUncertified),
            unstaffed,
            new Random(1));

    assertThat(onCertified.visits()).containsExactly(infusion);
    assertThat(onUncertified.visits()).containsExactly(checkUp);
    assertThat(unstaffed.visits()).isEmpty();
  }

  @Test
  void greedyInsertionInTheSameOrderLeavesTheCertifiedVisitUnplaced() {
    RouteDraft.Insertion first = onCertified.cheapest(checkUp, new Random(1), 0, Long.MAX_VALUE);
    first.draft().insert(first.index(), checkUp);

    assertThat(onCertified.cheapest(infusion, new Random(1), 0, Long.MAX_VALUE)).isNull();
  }

  @Test
  void aVisitNoCandidateRouteTakesGoesToTheUnstaffedRoute() {
    new RegretInsertion(2, 0)
        .recreate(
            new ArrayList<>(List.of(infusion, checkUp)),
            visit -> List.of(onUncertified),
            unstaffed,
            new Random(1));

    assertThat(onUncertified.visits()).containsExactly(checkUp);
    assertThat(unstaffed.visits()).containsExactly(infusion);
  }

  @Test
  void aVisitGoesToTheRouteWhereItAddsLeastDriving() {
    HomeVisit nearB = Routes.visit("near B", Routes.B, Routes.EIGHT, SHIFT_END, Routes.HOUR);
    Routes.assign(uncertified, nearB);
    RouteDraft withNearB = new RouteDraft(uncertified);
    HomeVisit late =
        Routes.visit("late", Routes.A, Routes.EIGHT + 4 * Routes.HOUR, SHIFT_END, Routes.HOUR);

    new RegretInsertion(2, 0)
        .recreate(
            new ArrayList<>(List.of(late)),
            visit -> List.of(onCertified, withNearB),
            unstaffed,
            new Random(1));

    assertThat(withNearB.visits()).containsExactlyInAnyOrder(nearB, late);
    assertThat(onCertified.visits()).isEmpty();
  }
}
