package org.careroute.application.internal.planning;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
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
import org.careroute.domain.model.staff.Shift;
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
import org.careroute.planning.route.domain.HomeVisit;
import org.careroute.planning.route.domain.NurseRoute;
import org.careroute.planning.route.domain.RoutePlanWeights;
import org.careroute.planning.travel.TravelMatrix;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * Maps a day's facts onto the two planning problems, each entity starting from its booked
 * placement. Re-planning starts from now: what the dispatcher pinned, what has started and what was
 * planned to start before now keeps its place; nothing else may start before now. Times are epoch
 * seconds. Reads nothing: all it needs comes in.
 */
final class DayProblemAssembler {

  static final long START_GRID_SECONDS = 300;
  static final String HYPOTHETICAL = "hypothetical";

  private final TravelTimeEstimator travel;
  private final long startToleranceSeconds;
  private int hypotheticals;

  DayProblemAssembler(TravelTimeEstimator travel, Duration startTolerance) {
    this.travel = travel;
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
    HomeRoutePlan routes = routes(facts, booked, waiting, points, now.getEpochSecond());
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
    HomeRoutePlan routes = routes(facts, booked, List.of(), new HashMap<>(), now.getEpochSecond());
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

  private HomeRoutePlan routes(
      DayFacts facts,
      List<Appointment> booked,
      List<WaitingVisit> waiting,
      Map<Integer, GeoPoint> points,
      long now) {
    List<Shift> field = facts.shifts().stream().filter(s -> s.kind() == ShiftKind.FIELD).toList();
    List<Appointment> visits =
        booked.stream().filter(a -> a.setting() == CareSetting.HOME).toList();
    List<GeoPoint> located = new ArrayList<>();
    field.forEach(s -> located.add(s.nurse().homeBase()));
    visits.forEach(a -> located.add(a.visitLocation().orElseThrow()));
    waiting.forEach(w -> located.add(w.home()));
    for (int i = 0; i < located.size(); i++) {
      points.put(i, located.get(i));
    }
    TravelMatrix matrix =
        TravelMatrix.measure(
            Math.max(1, located.size()),
            (from, to) -> travel.between(located.get(from), located.get(to)).toSeconds());
    List<NurseRoute> routeList = new ArrayList<>();
    for (int i = 0; i < field.size(); i++) {
      routeList.add(route(field.get(i), matrix, i));
    }
    List<HomeVisit> visitList = new ArrayList<>();
    for (int i = 0; i < visits.size(); i++) {
      visitList.add(visit(visits.get(i), facts, matrix, field.size() + i, now));
    }
    routeList.add(NurseRoute.unstaffed(matrix.place(0)));
    placeAsBooked(routeList, visitList, visits);
    // Unrouted, as a booked visit without a nurse: the solver's first phase places them.
    for (int i = 0; i < waiting.size(); i++) {
      visitList.add(waiting.get(i).at(matrix.place(field.size() + visits.size() + i)));
    }
    return new HomeRoutePlan(facts.key().id(), routeList, visitList);
  }

  private static NurseRoute route(Shift shift, TravelMatrix matrix, int place) {
    NurseRoute route =
        new NurseRoute(
            "shift-" + shift.id(),
            shift.nurse().id(),
            shift.nurse().fullName(),
            shift.nurse().certifications(),
            matrix.place(place),
            shift.hours().start().getEpochSecond(),
            shift.hours().end().getEpochSecond());
    route.setShiftId(shift.id());
    route.setOvertimeAllowanceSeconds(shift.overtimeAllowance().toSeconds());
    shift
        .breakTime()
        .ifPresent(b -> route.setBreak(b.start().getEpochSecond(), b.length().toSeconds()));
    shift.kitCapacity().ifPresent(route::setKitCapacity);
    return route;
  }

  private HomeVisit visit(Appointment a, DayFacts facts, TravelMatrix matrix, int place, long now) {
    boolean fixed = isFixed(a, now) && a.nurse().isPresent() && a.plannedStart().isPresent();
    long windowEnd = a.window().end().getEpochSecond();
    // Re-planning during the day: a visit still to come cannot start before now.
    long windowStart =
        fixed
            ? a.window().start().getEpochSecond()
            : Math.min(windowEnd, Math.max(a.window().start().getEpochSecond(), now));
    HomeVisit visit =
        new HomeVisit(
            idOf(a),
            matrix.place(place),
            windowStart,
            windowEnd,
            a.occupancy().toSeconds(),
            CareRules.certificationsFor(a.treatment(), CareSetting.HOME, a.monitoringLevel()));
    visit.setAppointmentId(a.id());
    visit.setPreferredNurseId(facts.previousNurseId(a).orElse(null));
    // What the patient was promised, whatever the planning window is narrowed to.
    visit.promise(a.window().start().getEpochSecond(), windowEnd);
    visit.setPinnedByDispatcher(a.isPinned());
    if (fixed) {
      visit.pinTo(a.nurse().get().id(), a.plannedStart().get().getEpochSecond());
    }
    return visit;
  }

  /** Each visit on its nurse's route, in planned order; the solver starts from here. */
  private static void placeAsBooked(
      List<NurseRoute> routes, List<HomeVisit> visits, List<Appointment> booked) {
    Map<HomeVisit, Long> plannedStart = new HashMap<>();
    for (int i = 0; i < booked.size(); i++) {
      Appointment a = booked.get(i);
      HomeVisit visit = visits.get(i);
      plannedStart.put(visit, a.plannedStart().map(Instant::getEpochSecond).orElse(0L));
      routes.stream()
          .filter(
              r -> r.isStaffed() && a.nurse().map(n -> n.id().equals(r.getNurseId())).orElse(false))
          .filter(
              r ->
                  a.plannedStart()
                      .map(
                          s ->
                              s.getEpochSecond() >= r.getShiftStart()
                                  && s.getEpochSecond() < r.getShiftEnd())
                      .orElse(false))
          .findFirst()
          .ifPresent(r -> r.getVisits().add(visit));
    }
    routes.forEach(
        r -> {
          r.getVisits().sort(Comparator.comparing(plannedStart::get));
          r.linkVisits();
        });
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
