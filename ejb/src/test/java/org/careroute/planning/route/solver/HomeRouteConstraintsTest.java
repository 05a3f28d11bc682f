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
import org.careroute.planning.route.domain.HomeRoutePlan;
import org.careroute.planning.route.domain.HomeVisit;
import org.careroute.planning.route.domain.NurseRoute;
import org.junit.jupiter.api.Test;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;

class HomeRouteConstraintsTest {

  final ConstraintVerifier<HomeRouteConstraints, HomeRoutePlan> verifier =
      ConstraintVerifier.build(
          new HomeRouteConstraints(), HomeRoutePlan.class, NurseRoute.class, HomeVisit.class);

  @Test
  void certificationCountsEachMissingCertification() {
    HomeVisit enhancedInfusion =
        visit(
            "v",
            A,
            EIGHT,
            EIGHT + 2 * HOUR,
            HOUR,
            EnumSet.of(Certification.IV_THERAPY, Certification.ACLS, Certification.HOME_VISIT));
    NurseRoute homeVisitOnly =
        assign(
            route("r", EnumSet.of(Certification.HOME_VISIT), EIGHT, EIGHT + 8 * HOUR),
            enhancedInfusion);
    verifier
        .verifyThat(HomeRouteConstraints::certification)
        .given(homeVisitOnly, enhancedInfusion)
        .penalizesBy(2);

    HomeVisit plain =
        visit("w", A, EIGHT, EIGHT + 2 * HOUR, HOUR, EnumSet.of(Certification.HOME_VISIT));
    verifier
        .verifyThat(HomeRouteConstraints::certification)
        .given(
            assign(
                route("s", EnumSet.of(Certification.HOME_VISIT), EIGHT, EIGHT + 8 * HOUR), plain),
            plain)
        .penalizesBy(0);
  }

  @Test
  void arrivalWindowCountsSecondsLate() {
    // Leaves home 08:00, 10 minutes to A: starts at 08:10, window closed at 08:05.
    HomeVisit late = visit("late", A, EIGHT, EIGHT + 300, HOUR);
    verifier
        .verifyThat(HomeRouteConstraints::arrivalWindow)
        .given(assign(route("r"), late), late)
        .penalizesBy(300);

    HomeVisit onTime = visit("ok", A, EIGHT, EIGHT + 600, HOUR);
    verifier
        .verifyThat(HomeRouteConstraints::arrivalWindow)
        .given(assign(route("r"), onTime), onTime)
        .penalizesBy(0);
  }

  @Test
  void theBreakPushesAVisitLaterAndCanMakeItLate() {
    NurseRoute route = route("r");
    route.setBreak(EIGHT + 600, 1800);
    // Arrives 08:10 at the start of the break: starts 08:40, ten minutes after its window closed.
    HomeVisit visit = visit("v", A, EIGHT, EIGHT + 1800, HOUR);
    verifier
        .verifyThat(HomeRouteConstraints::arrivalWindow)
        .given(assign(route, visit), visit)
        .penalizesBy(600);
  }

  @Test
  void kitCapacityCountsMissingKits() {
    NurseRoute route = route("r");
    route.setKitCapacity(1);
    HomeVisit first = visit("a", A, EIGHT, EIGHT + 4 * HOUR, 600);
    HomeVisit second = visit("b", B, EIGHT, EIGHT + 4 * HOUR, 600);
    verifier
        .verifyThat(HomeRouteConstraints::kitCapacity)
        .given(assign(route, first, second), first, second)
        .penalizesBy(1);
    route.setKitCapacity(2);
    verifier
        .verifyThat(HomeRouteConstraints::kitCapacity)
        .given(route, first, second)
        .penalizesBy(0);
  }

  @Test
  void shiftEndCountsSecondsBackHomeTooLate() {
    // 08:00 + 10 min drive + 60 min visit + 10 min back = 09:20; the shift ends 09:00.
    NurseRoute short9 = route("r", EnumSet.allOf(Certification.class), EIGHT, EIGHT + HOUR);
    HomeVisit visit = visit("v", A, EIGHT, EIGHT + HOUR, HOUR);
    verifier
        .verifyThat(HomeRouteConstraints::shiftEnd)
        .given(assign(short9, visit), visit)
        .penalizesBy(1200);
    short9.setOvertimeAllowanceSeconds(1200);
    verifier.verifyThat(HomeRouteConstraints::shiftEnd).given(short9, visit).penalizesBy(0);
  }

  @Test
  void overtimeCountsSecondsPastTheShiftEvenWhenAllowed() {
    NurseRoute route = route("r", EnumSet.allOf(Certification.class), EIGHT, EIGHT + HOUR);
    route.setOvertimeAllowanceSeconds(3600);
    HomeVisit visit = visit("v", A, EIGHT, EIGHT + HOUR, HOUR);
    verifier
        .verifyThat(HomeRouteConstraints::overtime)
        .given(assign(route, visit), visit)
        .penalizesBy(1200);
    HomeVisit shortVisit = visit("w", A, EIGHT, EIGHT + HOUR, 600);
    verifier
        .verifyThat(HomeRouteConstraints::overtime)
        .given(assign(route, shortVisit), shortVisit)
        .penalizesBy(0);
  }

  @Test
  void aPinnedVisitMustStayWithItsNurse() {
    NurseRoute route = route("r");
    HomeVisit visit = visit("v", A, EIGHT, EIGHT + HOUR, 600);
    visit.pinTo(route.getNurseId() + 1, EIGHT + 600);
    verifier
        .verifyThat(HomeRouteConstraints::pinnedVisit)
        .given(assign(route, visit), visit)
        .penalizesBy(1);
    visit.pinTo(route.getNurseId(), EIGHT + 600);
    verifier.verifyThat(HomeRouteConstraints::pinnedVisit).given(route, visit).penalizesBy(0);
  }

  @Test
  void unassignedVisitsCostOneMediumEach() {
    NurseRoute nobody = NurseRoute.unstaffed(HOME);
    HomeVisit a = visit("a", A, EIGHT, EIGHT + HOUR, 600);
    HomeVisit b = visit("b", B, EIGHT, EIGHT + HOUR, 600);
    verifier
        .verifyThat(HomeRouteConstraints::unassignedVisit)
        .given(assign(nobody, a, b), a, b)
        .penalizesBy(2);
    verifier
        .verifyThat(HomeRouteConstraints::unassignedVisit)
        .given(assign(route("r"), a, b), a, b)
        .penalizesBy(0);
  }

  @Test
  void travelTimeIsEverySecondDrivenIncludingTheWayHome() {
    HomeVisit a = visit("a", A, EIGHT, EIGHT + 4 * HOUR, 600);
    HomeVisit b = visit("b", B, EIGHT, EIGHT + 4 * HOUR, 600);
    verifier
        .verifyThat(HomeRouteConstraints::travelTime)
        .given(assign(route("r"), a, b), a, b)
        .penalizesBy(600 + 300 + 900);
    verifier.verifyThat(HomeRouteConstraints::travelTime).given(assign(route("r"))).penalizesBy(0);
    verifier
        .verifyThat(HomeRouteConstraints::travelTime)
        .given(assign(NurseRoute.unstaffed(HOME), a, b), a, b)
        .penalizesBy(0);
  }

  @Test
  void waitingTimeCountsSecondsBeforeTheWindowOpens() {
    HomeVisit early = visit("v", A, EIGHT + 1800, EIGHT + 3600, 600);
    verifier
        .verifyThat(HomeRouteConstraints::waitingTime)
        .given(assign(route("r"), early), early)
        .penalizesBy(1200);
    HomeVisit open = visit("w", A, EIGHT, EIGHT + 3600, 600);
    verifier
        .verifyThat(HomeRouteConstraints::waitingTime)
        .given(assign(route("r"), open), open)
        .penalizesBy(0);
  }

  @Test
  void continuityPenalisesAnotherNurseThanLastTime() {
    NurseRoute route = route("r");
    HomeVisit visit = visit("v", A, EIGHT, EIGHT + HOUR, 600);
    visit.setPreferredNurseId(route.getNurseId() + 1);
    verifier
        .verifyThat(HomeRouteConstraints::continuity)
        .given(assign(route, visit), visit)
        .penalizesBy(1);
    visit.setPreferredNurseId(route.getNurseId());
    verifier.verifyThat(HomeRouteConstraints::continuity).given(route, visit).penalizesBy(0);
  }

  @Test
  void workloadBalanceWeighsLongDaysMoreThanShortOnes() {
    // 10 min out, 50 min visit, 10 min back: 70 minutes of work, 4900 squared minutes.
    HomeVisit visit = visit("v", A, EIGHT, EIGHT + HOUR, 3000);
    verifier
        .verifyThat(HomeRouteConstraints::workloadBalance)
        .given(assign(route("r"), visit), visit)
        .penalizesBy(4900);
    verifier
        .verifyThat(HomeRouteConstraints::workloadBalance)
        .given(assign(route("idle")))
        .penalizesBy(0);
  }
}
