package org.careroute.application.internal.planning;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.careroute.application.internal.planning.WaitingVisits.WaitingVisit;
import org.careroute.domain.model.booking.Appointment;
import org.careroute.domain.model.booking.AppointmentStatus;
import org.careroute.domain.model.care.CareRules;
import org.careroute.domain.model.clinic.Clinic;
import org.careroute.domain.model.patient.MonitoringLevel;
import org.careroute.domain.model.practice.PlanningGoals;
import org.careroute.domain.model.staff.ShiftKind;
import org.careroute.domain.model.treatment.CareSetting;
import org.careroute.domain.service.TravelTimeEstimator;
import org.careroute.domain.shared.GeoPoint;
import org.careroute.planning.clinic.domain.ClinicDayPlan;
import org.careroute.planning.clinic.domain.ClinicPlanWeights;
import org.careroute.planning.clinic.domain.ClinicSession;
import org.careroute.planning.clinic.domain.ClinicShift;
import org.careroute.planning.clinic.domain.PlanChair;
import org.careroute.planning.day.DayProblem;
import org.careroute.planning.route.domain.HomeRoutePlan;
import org.careroute.planning.route.domain.RoutePlanWeights;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * Maps a day's facts onto the two planning problems, each entity starting from its booked
 * placement. Re-planning starts from now: what the dispatcher pinned, what has started and what was
 * planned to start before now keeps its place; nothing else may start before now. Times are epoch
 * seconds. Reads nothing: all it needs comes in. The routes are built by {@link
 * DayRoutesAssembler}.
 */
final class DayProblemAssembler {

  static final long START_GRID_SECONDS = 300;
  static final String HYPOTHETICAL = "hypothetical";

  private final DayRoutesAssembler routing;
  private final long startToleranceSeconds;
  private int hypotheticals;

  DayProblemAssembler(TravelTimeEstimator travel, Duration startTolerance) {
    this.routing = new DayRoutesAssembler(travel, this::idOf);
    this.startToleranceSeconds = startTolerance.toSeconds();
  }

  DayProblem assemble(
      DayFacts facts, List<Appointment> hypothetical, Instant now, PlanningGoals goals) {
    return assemble(facts, hypothetical, List.of(), now, goals);
  }

  /** The day's problems with {@code waiting} home patients' visits in the routes (back-fill). */
  DayProblem assemble(
      DayFacts facts,
      List<Appointment> hypothetical,
      List<WaitingVisit> waiting,
      Instant now,
      PlanningGoals goals) {
    List<Appointment> booked = new ArrayList<>(facts.booked());
    booked.addAll(hypothetical);
    // Planning feeds add the versions of appointments booked while the day is being solved.
    Map<Long, Long> versions = new ConcurrentHashMap<>();
    facts.booked().forEach(a -> versions.put(a.id(), a.version()));
    Map<Integer, GeoPoint> points = new HashMap<>();
    HomeRoutePlan routes = routing.routes(facts, booked, waiting, points, now.getEpochSecond());
    ClinicDayPlan sessions = sessions(facts, booked, now.getEpochSecond());
    weigh(routes.getWeights(), goals);
    weigh(sessions.getWeights(), goals);
    return new DayProblem(facts.key(), facts.clinic().zone(), routes, sessions, points, versions);
  }

  /**
   * The day's routes alone, as {@link #assemble} builds them, with {@code hypothetical} visits
   * added: for judging a home visit when the sessions stand as they are.
   */
  HomeRoutePlan routes(
      DayFacts facts, List<Appointment> hypothetical, Instant now, PlanningGoals goals) {
    List<Appointment> booked = new ArrayList<>(facts.booked());
    booked.addAll(hypothetical);
    HomeRoutePlan routes =
        routing.routes(facts, booked, List.of(), new HashMap<>(), now.getEpochSecond());
    weigh(routes.getWeights(), goals);
    return routes;
  }

  /**
   * Until when (exclusive) the problem assembled from {@code facts} at {@code now} stays the same
   * problem: until the first appointment still to come is fixed by its planned start passing, or
   * has its window or start options narrowed by "now" (its window, less the start tolerance,
   * begins). {@code now} itself when one is being narrowed already.
   */
  Instant stableUntil(DayFacts facts, Instant now) {
    long at = now.getEpochSecond();
    long until = Long.MAX_VALUE;
    for (Appointment a : facts.booked()) {
      boolean heldAsIs =
          isFixed(a, at)
              && (a.setting() == CareSetting.CLINIC
                  || (a.nurse().isPresent() && a.plannedStart().isPresent()));
      if (heldAsIs) {
        continue;
      }
      long earliest =
          Math.min(
              a.window().start().getEpochSecond() - startToleranceSeconds,
              a.plannedStart().map(Instant::getEpochSecond).orElse(Long.MAX_VALUE));
      if (earliest <= at) {
        return now;
      }
      until = Math.min(until, earliest);
    }
    return until == Long.MAX_VALUE ? Instant.MAX : Instant.ofEpochSecond(until);
  }

  /** The practice's current goals, as the constraint weights of the routes. */
  private static void weigh(RoutePlanWeights route, PlanningGoals goals) {
    route.setTravelTime(HardMediumSoftLongScore.ofSoft(goals.travelPerSecond()));
    route.setWaitingTime(HardMediumSoftLongScore.ofSoft(goals.waitingPerSecond()));
    route.setOvertime(HardMediumSoftLongScore.ofSoft(goals.overtimePerSecond()));
    route.setContinuity(HardMediumSoftLongScore.ofSoft(goals.routeContinuity()));
    route.setWorkloadBalance(HardMediumSoftLongScore.ofSoft(goals.routeBalance()));
  }

  /** The practice's current goals, as the constraint weights of the sessions. */
  private static void weigh(ClinicPlanWeights clinic, PlanningGoals goals) {
    clinic.setOnTime(HardMediumSoftLongScore.ofSoft(goals.onTimePerSecond()));
    clinic.setContinuity(HardMediumSoftLongScore.ofSoft(goals.clinicContinuity()));
    clinic.setWorkloadBalance(HardMediumSoftLongScore.ofSoft(goals.clinicBalance()));
    clinic.setHandOver(HardMediumSoftLongScore.ofSoft(goals.handOverPerSecond()));
  }

  /**
   * A planning entity's id: the appointment's, or {@link #HYPOTHETICAL} and a number for one not
   * stored (OptaPlanner needs the ids of one problem to differ).
   */
  private String idOf(Appointment a) {
    return a.id() == null ? HYPOTHETICAL + "-" + ++hypotheticals : String.valueOf(a.id());
  }

  /**
   * What re-planning keeps where it is: what the dispatcher pinned, what has started, and what was
   * planned to start before now (the past is not re-planned).
   */
  static boolean isFixed(Appointment a, long now) {
    return a.isPinned()
        || a.status() == AppointmentStatus.CHECKED_IN
        || a.plannedStart().map(s -> s.getEpochSecond() < now).orElse(false);
  }

  private ClinicDayPlan sessions(DayFacts facts, List<Appointment> booked, long now) {
    Clinic clinic = facts.clinic();
    List<PlanChair> chairs =
        clinic.activeChairs().stream()
            .map(c -> new PlanChair(c.id(), clinic.id(), c.label()))
            .toList();
    List<ClinicShift> clinicShifts =
        facts.shifts().stream()
            .filter(s -> s.kind() == ShiftKind.CLINIC)
            .map(
                s ->
                    new ClinicShift(
                        s.id(),
                        s.nurse().id(),
                        s.nurse().fullName(),
                        s.nurse().certifications(),
                        clinic.id(),
                        s.hours().start().getEpochSecond(),
                        s.hours().end().getEpochSecond(),
                        s.breakTime().map(b -> b.start().getEpochSecond()).orElse(null),
                        s.breakMinutes() * 60L))
            .toList();
    List<ClinicSession> sessionList = new ArrayList<>();
    for (Appointment a : booked) {
      if (a.setting() == CareSetting.CLINIC) {
        sessionList.add(
            session(
                a,
                facts.previousNurseId(a).orElse(null),
                chairs,
                clinicShifts,
                Instant.ofEpochSecond(now)));
      }
    }
    return new ClinicDayPlan(facts.key().id(), chairs, clinicShifts, sessionList);
  }

  /**
   * A clinic appointment as a session to plan, starting from its booked placement among the given
   * chairs and shifts (none given: it starts unplaced).
   */
  ClinicSession session(
      Appointment a,
      Long previousNurseId,
      List<PlanChair> chairs,
      List<ClinicShift> clinicShifts,
      Instant at) {
    long now = at.getEpochSecond();
    ClinicSession session =
        new ClinicSession(
            idOf(a),
            a.clinic().id(),
            a.window().start().getEpochSecond(),
            a.occupancy().toSeconds(),
            a.monitoringLevel() == MonitoringLevel.ENHANCED,
            CareRules.certificationsFor(a.treatment(), CareSetting.CLINIC, a.monitoringLevel()));
    session.setAppointmentId(a.id());
    session.setPinnedByDispatcher(a.isPinned());
    session.allowStartsWithin(startToleranceSeconds, START_GRID_SECONDS);
    boolean fixed = isFixed(a, now);
    if (!fixed) {
      session.startNoEarlierThan(now);
    }
    session.setPreferredNurseId(previousNurseId);
    long start = a.plannedStart().map(Instant::getEpochSecond).orElse(session.getPromisedStart());
    session.setStart(
        session.getStartOptions().contains(start) ? start : session.getPromisedStart());
    BookedPlacement.of(a).applyTo(session, chairs, clinicShifts);
    // Pinned only when fully placed: a pinned session must hold what it was given.
    boolean placed =
        fixed
            && session.getChair() != null
            && session.getShift() != null
            && session.getStart().equals(a.plannedStart().map(Instant::getEpochSecond).orElse(-1L));
    if (placed && session.uncoveredSeconds() > 0) {
      session.holdAllButCover();
    } else {
      session.setPinned(placed);
    }
    return session;
  }
}
