package org.careroute.planning.route.solver;

import static org.careroute.planning.route.Routes.A;
import static org.careroute.planning.route.Routes.B;
import static org.careroute.planning.route.Routes.EIGHT;
import static org.careroute.planning.route.Routes.HOME;
import static org.careroute.planning.route.Routes.HOUR;
import static org.careroute.planning.route.Routes.assign;
import static org.careroute.planning.route.Routes.route;
import static org.careroute.planning.route.Routes.visit;

import java.util.EnumSet;
import org.careroute.domain.model.staff.Certification;
import org.careroute.planning.route.Routes;
import org.careroute.planning.route.domain.HomeRoutePlan;
import org.careroute.planning.route.domain.HomeVisit;
import org.careroute.planning.route.domain.NurseRoute;
import org.junit.jupiter.api.Test;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;

/** The route rules as they judge a waiting patient's home visit beside booked ones. */
class WaitingVisitConstraintsTest {

  final ConstraintVerifier<HomeRouteConstraints, HomeRoutePlan> verifier =
      ConstraintVerifier.build(
          new HomeRouteConstraints(), HomeRoutePlan.class, NurseRoute.class, HomeVisit.class);

  @Test
  void waitingPlacedRewardsOneForEachWaitingVisitOnANursesRoute() {
    HomeVisit first = Routes.waiting("w1", 1, A, EIGHT, EIGHT + 4 * HOUR, 600);
    HomeVisit second = Routes.waiting("w2", 2, B, EIGHT, EIGHT + 4 * HOUR, 600);
    HomeVisit booked = visit("b", A, EIGHT, EIGHT + 4 * HOUR, 600);
    verifier
        .verifyThat(HomeRouteConstraints::waitingPlaced)
        .given(assign(route("r"), first, booked, second), first, second, booked)
        .rewardsWith(2);
  }

  @Test
  void waitingPlacedRewardsNothingForAWaitingVisitOnTheUnstaffedRoute() {
    HomeVisit waiting = Routes.waiting("w", 1, A, EIGHT, EIGHT + 4 * HOUR, 600);
    verifier
        .verifyThat(HomeRouteConstraints::waitingPlaced)
        .given(assign(NurseRoute.unstaffed(HOME), waiting), waiting)
        .rewardsWith(0);
  }

  @Test
  void unassignedVisitCountsBookedVisitsOnlyNotWaitingOnes() {
    HomeVisit waiting = Routes.waiting("w", 1, A, EIGHT, EIGHT + 4 * HOUR, 600);
    HomeVisit booked = visit("b", B, EIGHT, EIGHT + 4 * HOUR, 600);
    verifier
        .verifyThat(HomeRouteConstraints::unassignedVisit)
        .given(assign(NurseRoute.unstaffed(HOME), waiting, booked), waiting, booked)
        .penalizesBy(1);
  }

  @Test
  void arrivalWindowJudgesAWaitingVisitAsABookedOne() {
    // Leaves home 08:00, 10 minutes to A: arrives 08:10, five minutes after the last arrival.
    HomeVisit late = Routes.waiting("w", 1, A, EIGHT, EIGHT + 300, HOUR);
    verifier
        .verifyThat(HomeRouteConstraints::arrivalWindow)
        .given(assign(route("r"), late), late)
        .penalizesBy(300);
  }

  @Test
  void certificationJudgesAWaitingVisitAsABookedOne() {
    HomeVisit infusion =
        visit(
            "w",
            A,
            EIGHT,
            EIGHT + 2 * HOUR,
            HOUR,
            EnumSet.of(Certification.IV_THERAPY, Certification.HOME_VISIT));
    infusion.waitFor(1);
    NurseRoute homeVisitOnly =
        assign(route("r", EnumSet.of(Certification.HOME_VISIT), EIGHT, EIGHT + 8 * HOUR), infusion);
    verifier
        .verifyThat(HomeRouteConstraints::certification)
        .given(homeVisitOnly, infusion)
        .penalizesBy(1);
  }

  @Test
  void kitCapacityCountsTheKitsOfWaitingVisits() {
    HomeVisit booked = visit("b", A, EIGHT, EIGHT + 4 * HOUR, 600);
    HomeVisit waiting = Routes.waiting("w", 1, B, EIGHT, EIGHT + 4 * HOUR, 600);
    NurseRoute oneKit = assign(route("r"), booked, waiting);
    oneKit.setKitCapacity(1);
    verifier
        .verifyThat(HomeRouteConstraints::kitCapacity)
        .given(oneKit, booked, waiting)
        .penalizesBy(1);
  }

  @Test
  void shiftEndCountsTheTimeAWaitingVisitTakes() {
    // Home 08:00, A 08:10-09:10, back 09:20: twenty minutes past a shift ending at 09:00.
    HomeVisit waiting = Routes.waiting("w", 1, A, EIGHT, EIGHT + HOUR, HOUR);
    NurseRoute shortShift =
        assign(route("r", EnumSet.allOf(Certification.class), EIGHT, EIGHT + HOUR), waiting);
    verifier
        .verifyThat(HomeRouteConstraints::shiftEnd)
        .given(shortShift, waiting)
        .penalizesBy(1200);
  }
}
