package org.careroute.planning.day;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careroute.planning.clinic.Sessions.HOUR;
import static org.careroute.planning.clinic.Sessions.NINE;
import static org.careroute.planning.clinic.Sessions.chair;
import static org.careroute.planning.clinic.Sessions.lasting;
import static org.careroute.planning.clinic.Sessions.shift;
import static org.careroute.planning.route.Routes.A;
import static org.careroute.planning.route.Routes.B;
import static org.careroute.planning.route.Routes.EIGHT;
import static org.careroute.planning.route.Routes.assign;
import static org.careroute.planning.route.Routes.route;
import static org.careroute.planning.route.Routes.visit;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.careroute.domain.model.practice.PlanKey;
import org.careroute.planning.clinic.domain.ClinicDayPlan;
import org.careroute.planning.clinic.domain.ClinicSession;
import org.careroute.planning.clinic.domain.ClinicShift;
import org.careroute.planning.route.domain.HomeRoutePlan;
import org.careroute.planning.route.domain.HomeVisit;
import org.careroute.planning.route.domain.NurseRoute;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * A stored plan, taken up by another node onto the day as booked there, gives back the decisions
 * the solver had made, with the versions it was built from.
 */
class PlanSnapshotTest {

  private static final PlanKey KEY = new PlanKey(1, LocalDate.of(2026, 12, 3));

  private static HomeVisit at(String id, int hour) {
    return visit(id, hour % 2 == 0 ? A : B, EIGHT + hour * HOUR, EIGHT + (hour + 2) * HOUR, HOUR);
  }

  private static ClinicSession booked(String id, long start) {
    ClinicSession session = lasting(id, start, 2 * HOUR, null, null);
    session.allowStartsWithin(900, 300);
    session.setStart(session.getPromisedStart());
    return session;
  }

  private static DayProblem day(HomeRoutePlan routes, ClinicDayPlan sessions, Map<Long, Long> v) {
    return new DayProblem(KEY, ZoneOffset.UTC, routes, sessions, Map.of(), new HashMap<>(v));
  }

  @Test
  void routesSessionsAndVersionsComeBackOntoTheDayAsBooked() {
    ClinicShift ann = shift(1);
    ClinicShift ben = shift(2);
    ClinicSession solved = lasting("s", NINE + 600, 2 * HOUR, chair(2), ben);
    ClinicDayPlan solvedSessions =
        new ClinicDayPlan("day", List.of(chair(1), chair(2)), List.of(ann, ben), List.of(solved));
    solvedSessions.setScore(HardMediumSoftLongScore.of(-1, 0, -50));
    HomeRoutePlan solvedRoutes =
        new HomeRoutePlan(
            "day",
            List.of(assign(route("ann"), at("b", 1), at("a", 3)), assign(route("ben"))),
            List.of());
    solvedRoutes.setScore(HardMediumSoftLongScore.of(0, -1, -700));
    PlanSnapshot snapshot = PlanSnapshot.of(day(solvedRoutes, solvedSessions, Map.of(7L, 3L)));

    // As booked on the node that takes it up: both visits with ben, the session unplaced.
    HomeVisit a = at("a", 3);
    HomeVisit b = at("b", 1);
    NurseRoute annNow = assign(route("ann"));
    NurseRoute benNow = assign(route("ben"), a, b);
    ClinicSession session = booked("s", NINE);
    DayProblem now =
        day(
            new HomeRoutePlan("day", new ArrayList<>(List.of(annNow, benNow)), List.of(a, b)),
            new ClinicDayPlan(
                "day", List.of(chair(1), chair(2)), List.of(ann, ben), List.of(session)),
            Map.of(7L, 4L, 8L, 1L));

    snapshot.applyTo(now);

    assertThat(annNow.getVisits()).containsExactly(b, a);
    assertThat(benNow.getVisits()).isEmpty();
    assertThat(session.getStart()).isEqualTo(NINE + 600);
    assertThat(session.getChair()).isEqualTo(chair(2));
    assertThat(session.getShift()).isSameAs(ben);
    assertThat(now.appointmentVersions())
        .as("the versions the plan was built from")
        .containsExactlyEntriesOf(Map.of(7L, 3L));
    assertThat(snapshot.hardScore()).isEqualTo(-1);
    assertThat(snapshot.score()).isEqualTo(HardMediumSoftLongScore.of(-1, -1, -750));
  }

  @Test
  void aPinStoredLaterReplacesTheVersionItWasBuiltFrom() {
    PlanSnapshot snapshot =
        new PlanSnapshot(
            List.of(),
            List.of(),
            List.of(
                new PlanSnapshot.AppointmentVersion(7, 3),
                new PlanSnapshot.AppointmentVersion(8, 1)),
            null,
            null);
    assertThat(snapshot.withVersion(7, 5).versions())
        .containsExactlyInAnyOrder(
            new PlanSnapshot.AppointmentVersion(8, 1), new PlanSnapshot.AppointmentVersion(7, 5));
    assertThat(snapshot.hardScore()).isZero();
  }
}
