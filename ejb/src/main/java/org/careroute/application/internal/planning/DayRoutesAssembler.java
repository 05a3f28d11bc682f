package org.careroute.application.internal.planning;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.careroute.application.internal.planning.WaitingVisits.WaitingVisit;
import org.careroute.domain.model.booking.Appointment;
import org.careroute.domain.model.care.CareRules;
import org.careroute.domain.model.staff.Shift;
import org.careroute.domain.model.staff.ShiftKind;
import org.careroute.domain.model.treatment.CareSetting;
import org.careroute.domain.service.TravelTimeEstimator;
import org.careroute.domain.shared.GeoPoint;
import org.careroute.planning.route.domain.HomeRoutePlan;
import org.careroute.planning.route.domain.HomeVisit;
import org.careroute.planning.route.domain.NurseRoute;
import org.careroute.planning.travel.TravelMatrix;

/**
 * Maps a day's field shifts, home visits and waiting home patients onto the routing problem, for
 * {@link DayProblemAssembler}: a route for each field shift and an unstaffed one, the travel
 * between every nurse's base and every home measured once, each booked visit on its nurse's route
 * in planned order, and waiting patients' visits unrouted. Times are epoch seconds.
 */
final class DayRoutesAssembler {

  private final TravelTimeEstimator travel;
  private final Function<Appointment, String> idOf;

  /** {@code idOf} names each planning entity, so that one problem's ids differ. */
  DayRoutesAssembler(TravelTimeEstimator travel, Function<Appointment, String> idOf) {
    this.travel = travel;
    this.idOf = idOf;
  }

  /**
   * The routes of {@code booked}'s home visits, with {@code waiting} visits; {@code points} is
   * given each travel matrix place's location.
   */
  HomeRoutePlan routes(
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
    boolean fixed =
        DayProblemAssembler.isFixed(a, now)
            && a.nurse().isPresent()
            && a.plannedStart().isPresent();
    long windowEnd = a.window().end().getEpochSecond();
    // Re-planning during the day: a visit still to come cannot start before now.
    long windowStart =
        fixed
            ? a.window().start().getEpochSecond()
            : Math.min(windowEnd, Math.max(a.window().start().getEpochSecond(), now));
    HomeVisit visit =
        new HomeVisit(
            idOf.apply(a),
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
}
