package org.careroute.application.internal.planning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.careroute.application.planning.PlanKey;
import org.careroute.domain.model.booking.Appointment;
import org.careroute.domain.model.booking.AppointmentRepository;
import org.careroute.domain.model.booking.AppointmentStatus;
import org.careroute.domain.model.clinic.Clinic;
import org.careroute.domain.model.clinic.ClinicRepository;
import org.careroute.domain.model.patient.MonitoringLevel;
import org.careroute.domain.model.practice.PlanningGoals;
import org.careroute.domain.model.practice.PlanningGoalsRepository;
import org.careroute.domain.model.staff.Shift;
import org.careroute.domain.model.staff.ShiftKind;
import org.careroute.domain.model.staff.ShiftRepository;
import org.careroute.domain.model.treatment.CareSetting;
import org.careroute.domain.service.TravelTimeEstimator;
import org.careroute.domain.shared.GeoPoint;
import org.careroute.domain.shared.RecordNotFoundException;
import org.careroute.domain.shared.TimeInterval;
import org.careroute.planning.clinic.domain.ClinicDayPlan;
import org.careroute.planning.clinic.domain.ClinicPlanWeights;
import org.careroute.planning.clinic.domain.ClinicSession;
import org.careroute.planning.clinic.domain.ClinicShift;
import org.careroute.planning.clinic.domain.PlanChair;
import org.careroute.planning.route.domain.HomeRoutePlan;
import org.careroute.planning.route.domain.HomeVisit;
import org.careroute.planning.route.domain.NurseRoute;
import org.careroute.planning.route.domain.RoutePlanWeights;
import org.careroute.planning.travel.TravelMatrix;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * Builds a clinic day's planning problems from what is booked, starting from the current
 * placements (so the plan as booked can be scored and explained, and the solver improves on it).
 * Times are epoch seconds.
 */
@ApplicationScoped
public class DayProblemBuilder {

  static final long START_GRID_SECONDS = 300;
  static final String HYPOTHETICAL = "hypothetical";

  @Inject
  ClinicRepository clinics;

  @Inject
  ShiftRepository shifts;

  @Inject
  AppointmentRepository appointments;

  @Inject
  TravelTimeEstimator travel;

  @Inject
  PlanningGoalsRepository goals;

  @Inject
  Clock clock;

  @Inject
  @ConfigProperty(name = "careroute.planning.clinic-start-tolerance-minutes", defaultValue = "15")
  int startToleranceMinutes;

  /** What a clinic's day holds, read once: its worked shifts and its bookings that hold capacity. */
  public record DayFacts(PlanKey key, Clinic clinic, List<Shift> shifts, List<Appointment> booked) {

    /** The same day without one booking (one being moved). */
    public DayFacts without(Long appointmentId) {
      return new DayFacts(key, clinic, shifts,
          booked.stream().filter(a -> !Objects.equals(a.id(), appointmentId)).toList());
    }
  }

  public DayFacts facts(PlanKey key) {
    Clinic clinic = clinics.find(key.clinicId()).orElseThrow(() -> new RecordNotFoundException("clinic", key.clinicId()));
    TimeInterval day = clinic.wholeDay(key.day());
    return new DayFacts(key, clinic, shifts.findAtClinic(clinic.id(), day),
        appointments.findHoldingCapacityAtClinic(clinic.id(), day));
  }

  public DayProblem build(PlanKey key) {
    return build(facts(key), List.of());
  }

  /**
   * The day's problems, with {@code hypothetical} appointments (not stored: no id) added where
   * they are placed, so that the solver's constraints can judge a booking before it is made.
   */
  public DayProblem build(DayFacts facts, List<Appointment> hypothetical) {
    List<Appointment> booked = new ArrayList<>(facts.booked());
    booked.addAll(hypothetical);
    // Planning feeds add the versions of appointments booked while the day is being solved.
    Map<Long, Long> versions = new ConcurrentHashMap<>();
    facts.booked().forEach(a -> versions.put(a.id(), a.version()));
    Map<Integer, GeoPoint> points = new HashMap<>();
    long now = clock.instant().getEpochSecond();
    HomeRoutePlan routes = routes(facts.key(), facts.shifts(), booked, points, now);
    ClinicDayPlan sessions = sessions(facts.key(), facts.clinic(), facts.shifts(), booked, now);
    weigh(routes.getWeights(), sessions.getWeights(), goals.current());
    return new DayProblem(facts.key(), facts.clinic().zone(), routes, sessions, points, versions);
  }

  /** The practice's current goals, as the constraint weights of both problems. */
  private static void weigh(RoutePlanWeights route, ClinicPlanWeights clinic, PlanningGoals goals) {
    route.setTravelTime(HardMediumSoftLongScore.ofSoft(goals.travelPerSecond()));
    route.setWaitingTime(HardMediumSoftLongScore.ofSoft(goals.waitingPerSecond()));
    route.setOvertime(HardMediumSoftLongScore.ofSoft(goals.overtimePerSecond()));
    route.setContinuity(HardMediumSoftLongScore.ofSoft(goals.routeContinuity()));
    route.setWorkloadBalance(HardMediumSoftLongScore.ofSoft(goals.routeBalance()));
    clinic.setOnTime(HardMediumSoftLongScore.ofSoft(goals.onTimePerSecond()));
    clinic.setContinuity(HardMediumSoftLongScore.ofSoft(goals.clinicContinuity()));
    clinic.setWorkloadBalance(HardMediumSoftLongScore.ofSoft(goals.clinicBalance()));
    clinic.setHandOver(HardMediumSoftLongScore.ofSoft(goals.handOverPerSecond()));
  }

  /** A planning entity's id: the appointment's, or {@link #HYPOTHETICAL} for one not stored. */
  static String idOf(Appointment a) {
    return a.id() == null ? HYPOTHETICAL : String.valueOf(a.id());
  }

  private HomeRoutePlan routes(PlanKey key, List<Shift> dayShifts, List<Appointment> booked,
      Map<Integer, GeoPoint> points, long now) {
    List<Shift> field = dayShifts.stream().filter(s -> s.kind() == ShiftKind.FIELD).toList();
    List<Appointment> visits = booked.stream().filter(a -> a.setting() == CareSetting.HOME).toList();
    List<GeoPoint> located = new ArrayList<>();
    field.forEach(s -> located.add(s.nurse().homeBase()));
    visits.forEach(a -> located.add(a.visitLocation().orElseThrow()));
    for (int i = 0; i < located.size(); i++) {
      points.put(i, located.get(i));
    }
    TravelMatrix matrix = TravelMatrix.measure(Math.max(1, located.size()),
        (from, to) -> travel.between(located.get(from), located.get(to)).toSeconds());
    List<NurseRoute> routeList = new ArrayList<>();
    for (int i = 0; i < field.size(); i++) {
      Shift shift = field.get(i);
      NurseRoute route = new NurseRoute("shift-" + shift.id(), shift.nurse().id(), shift.nurse().fullName(),
          shift.nurse().certifications(), matrix.place(i), shift.hours().start().getEpochSecond(),
          shift.hours().end().getEpochSecond());
      shift.breakTime().ifPresent(b -> route.setBreak(b.start().getEpochSecond(), b.length().toSeconds()));
      shift.kitCapacity().ifPresent(route::setKitCapacity);
      routeList.add(route);
    }
    List<HomeVisit> visitList = new ArrayList<>();
    for (int i = 0; i < visits.size(); i++) {
      Appointment a = visits.get(i);
      boolean fixed = isFixed(a, now) && a.nurse().isPresent() && a.plannedStart().isPresent();
      long windowEnd = a.window().end().getEpochSecond();
      // Re-planning during the day: a visit still to come cannot start before now.
      long windowStart = fixed ? a.window().start().getEpochSecond()
          : Math.min(windowEnd, Math.max(a.window().start().getEpochSecond(), now));
      HomeVisit visit = new HomeVisit(idOf(a), matrix.place(field.size() + i), windowStart, windowEnd,
          a.occupancy().toSeconds(), a.treatment().certificationsFor(CareSetting.HOME, a.monitoringLevel()));
      visit.setPreferredNurseId(previousNurseId(a).orElse(null));
      if (fixed) {
        visit.pinTo(a.nurse().get().id(), a.plannedStart().get().getEpochSecond());
      }
      visitList.add(visit);
    }
    routeList.add(NurseRoute.unstaffed(matrix.place(0)));
    placeAsBooked(routeList, visitList, visits);
    return new HomeRoutePlan(key.id(), routeList, visitList);
  }

  /** Each visit on its nurse's route, in planned order; the solver starts from here. */
  private static void placeAsBooked(List<NurseRoute> routes, List<HomeVisit> visits, List<Appointment> booked) {
    for (int i = 0; i < booked.size(); i++) {
      Appointment a = booked.get(i);
      HomeVisit visit = visits.get(i);
      routes.stream()
          .filter(r -> r.isStaffed() && a.nurse().map(n -> n.id().equals(r.getNurseId())).orElse(false))
          .filter(r -> a.plannedStart().map(s -> s.getEpochSecond() >= r.getShiftStart()
              && s.getEpochSecond() < r.getShiftEnd()).orElse(false))
          .findFirst()
          .ifPresent(r -> r.getVisits().add(visit));
    }
    Map<String, Long> plannedStart = new HashMap<>();
    booked.forEach(a -> plannedStart.put(idOf(a), a.plannedStart().map(s -> s.getEpochSecond()).orElse(0L)));
    routes.forEach(r -> {
      r.getVisits().sort(Comparator.comparing(v -> plannedStart.get(v.getId())));
      r.linkVisits();
    });
  }

  /**
   * What re-planning keeps where it is: what the dispatcher pinned, what has started, and what
   * was planned to start before now (the past is not re-planned).
   */
  private static boolean isFixed(Appointment a, long now) {
    return a.isPinned() || a.status() == AppointmentStatus.CHECKED_IN
        || a.plannedStart().map(s -> s.getEpochSecond() < now).orElse(false);
  }

  private ClinicDayPlan sessions(PlanKey key, Clinic clinic, List<Shift> dayShifts, List<Appointment> booked,
      long now) {
    List<PlanChair> chairs = clinic.activeChairs().stream()
        .map(c -> new PlanChair(c.id(), clinic.id(), c.label())).toList();
    List<ClinicShift> clinicShifts = dayShifts.stream().filter(s -> s.kind() == ShiftKind.CLINIC)
        .map(s -> new ClinicShift(s.id(), s.nurse().id(), s.nurse().fullName(), s.nurse().certifications(),
            clinic.id(), s.hours().start().getEpochSecond(), s.hours().end().getEpochSecond(),
            s.breakTime().map(b -> b.start().getEpochSecond()).orElse(null), s.breakMinutes() * 60L))
        .toList();
    List<ClinicSession> sessionList = new ArrayList<>();
    for (Appointment a : booked) {
      if (a.setting() == CareSetting.CLINIC) {
        sessionList.add(session(a, chairs, clinicShifts, now));
      }
    }
    return new ClinicDayPlan(key.id(), chairs, clinicShifts, sessionList);
  }

  /**
   * A clinic appointment as a session to plan, starting from its booked placement among the given
   * chairs and shifts (none given: it starts unplaced).
   */
  public ClinicSession session(Appointment a, List<PlanChair> chairs, List<ClinicShift> clinicShifts, long now) {
    ClinicSession session = new ClinicSession(idOf(a), a.clinic().id(),
        a.window().start().getEpochSecond(), a.occupancy().toSeconds(),
        a.monitoringLevel() == MonitoringLevel.ENHANCED, a.treatment().requiredCertifications());
    session.allowStartsWithin(startToleranceMinutes * 60L, START_GRID_SECONDS);
    boolean fixed = isFixed(a, now);
    if (!fixed) {
      session.startNoEarlierThan(now);
    }
    session.setPreferredNurseId(previousNurseId(a).orElse(null));
    long start = a.plannedStart().map(s -> s.getEpochSecond()).orElse(session.getPromisedStart());
    session.setStart(session.getStartOptions().contains(start) ? start : session.getPromisedStart());
    BookedPlacement.of(a).applyTo(session, chairs, clinicShifts);
    // Pinned only when fully placed: a pinned session must hold what it was given.
    boolean placed = fixed && session.getChair() != null && session.getShift() != null
        && session.getStart().equals(a.plannedStart().map(s -> s.getEpochSecond()).orElse(-1L));
    if (placed && session.uncoveredSeconds() > 0) {
      session.holdAllButCover();
    } else {
      session.setPinned(placed);
    }
    return session;
  }

  /** The nurse of the series' session before this one, for continuity. */
  private Optional<Long> previousNurseId(Appointment appointment) {
    if (appointment.series().isEmpty() || appointment.seriesIndex() == null || appointment.seriesIndex() < 2) {
      return Optional.empty();
    }
    return appointments.findInSeries(appointment.series().get().id()).stream()
        .filter(a -> Objects.equals(a.seriesIndex(), appointment.seriesIndex() - 1))
        .findFirst()
        .flatMap(Appointment::nurse)
        .map(n -> n.id());
  }
}
