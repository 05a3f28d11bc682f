package org.careroute.application.internal.planning;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.careroute.application.planning.PlanStatus;
import org.careroute.application.planning.PlanView;
import org.careroute.application.planning.PlanView.CoverView;
import org.careroute.application.planning.PlanView.RouteView;
import org.careroute.application.planning.PlanView.RuleCost;
import org.careroute.application.planning.PlanView.ScoreSummary;
import org.careroute.application.planning.PlanView.SessionView;
import org.careroute.application.planning.PlanView.StopView;
import org.careroute.application.planning.PlanView.UnassignedView;
import org.careroute.domain.model.care.CareRules;
import org.careroute.domain.model.staff.Certification;
import org.careroute.domain.shared.Durations;
import org.careroute.domain.shared.GeoPoint;
import org.careroute.planning.clinic.domain.ClinicSession;
import org.careroute.planning.clinic.domain.ClinicShift;
import org.careroute.planning.clinic.domain.Watch;
import org.careroute.planning.day.DayProblem;
import org.careroute.planning.day.RuleTotal;
import org.careroute.planning.route.domain.HomeVisit;
import org.careroute.planning.route.domain.NurseRoute;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/** Turns a solved (or scored) day into what the dispatcher sees. */
final class PlanViews {

  static final int REASONS_PER_RULE = 20;
  static final String NOT_ROUTED =
      "On no nurse's route: its nurse is off sick, or it was never placed. Optimise to give it to a"
          + " nurse who can take it.";

  private PlanViews() {}

  /**
   * The plan as the dispatcher sees it; {@code approximate} are the visits whose home only the
   * postal code located, {@code labels} say whose each booking is and what it treats, {@code
   * waiting} whose each waitlist entry is.
   */
  static PlanView of(
      DayProblem day,
      PlanStatus status,
      List<RuleTotal> explanation,
      PlanView.JobView job,
      Set<Long> approximate,
      Map<Long, BookingLabel> labels,
      Map<Long, WaitingFits.Label> waiting) {
    HardMediumSoftLongScore score = day.routes().getScore().add(day.sessions().getScore());
    List<UnassignedView> unassigned = new ArrayList<>();
    List<RouteView> routes = new ArrayList<>();
    for (NurseRoute route : day.routes().getRoutes()) {
      if (!route.isStaffed()) {
        // A waiting patient's visit is no booking: shown apart when served, else not at all.
        booked(route.getVisits())
            .forEach(
                v ->
                    unassigned.add(
                        unassignedVisit(day, v, whyUnassigned(day, v), approximate, labels)));
        continue;
      }
      GeoPoint base = day.placePoints().get(route.getHome().index());
      routes.add(
          new RouteView(
              route.getShiftId(),
              route.getNurseId(),
              route.getNurseName(),
              route.travelSeconds(),
              base.latitude(),
              base.longitude(),
              time(route.getShiftStart(), day.zone()),
              time(route.getShiftEnd(), day.zone()),
              booked(route.getVisits()).map(v -> stop(day, v, approximate, labels)).toList()));
    }
    // A visit whose nurse went off sick is on no route until the day is optimised again.
    Set<HomeVisit> routed = Collections.newSetFromMap(new IdentityHashMap<>());
    day.routes().getRoutes().forEach(r -> routed.addAll(r.getVisits()));
    booked(day.routes().getVisits())
        .filter(v -> !routed.contains(v))
        .forEach(v -> unassigned.add(unassignedVisit(day, v, NOT_ROUTED, approximate, labels)));
    List<SessionView> sessions =
        // A waiting patient's session is no booking: shown apart when placed, else not at all.
        day.sessions().getSessions().stream()
            .filter(s -> !s.isWaiting())
            .sorted(Comparator.comparing(ClinicSession::getStart))
            .map(
                s -> {
                  BookingLabel label = BookingLabel.of(labels, s.getAppointmentId());
                  if (s.getChair() == null || s.getShift() == null) {
                    unassigned.add(
                        new UnassignedView(
                            s.getAppointmentId(),
                            label.patientInitials(),
                            label.treatment(),
                            "clinic session",
                            whyUnassigned(day, s),
                            null,
                            null,
                            false));
                  }
                  Watch covered = s.coverWatch();
                  return new SessionView(
                      s.getAppointmentId(),
                      label.patientInitials(),
                      label.treatment(),
                      time(s.getPromisedStart(), day.zone()),
                      time(s.getStart(), day.zone()),
                      (int) (s.getOccupancySeconds() / 60),
                      s.getChair() == null ? null : s.getChair().label(),
                      s.getShift() == null ? null : s.getShift().nurseId(),
                      s.getShift() == null ? null : s.getShift().nurseName(),
                      s.isEnhanced(),
                      s.isPinnedByDispatcher(),
                      covered == null
                          ? null
                          : new CoverView(
                              covered.nurse().nurseId(),
                              covered.nurse().nurseName(),
                              time(covered.from(), day.zone()),
                              time(covered.to(), day.zone())));
                })
            .toList();
    List<RuleCost> costs =
        explanation.stream()
            .map(
                total ->
                    new RuleCost(
                        total.rule(),
                        total.score().toString(),
                        total.justifications().stream()
                            .map(j -> RuleSentences.of(j, day))
                            .toList()))
            .toList();
    return new PlanView(
        day.key().clinicId(),
        day.key().day().toString(),
        status,
        score.toString(),
        score.isFeasible(),
        routes,
        sessions,
        unassigned,
        WaitingFits.of(day, waiting),
        costs,
        job,
        summary(day, score, explanation, unassigned.size()));
  }

  private static ScoreSummary summary(
      DayProblem day, HardMediumSoftLongScore score, List<RuleTotal> rules, int unassigned) {
    int broken = (int) rules.stream().filter(r -> r.score().hardScore() < 0).count();
    long driving = 0;
    long waiting = 0;
    for (NurseRoute route : day.routes().getRoutes()) {
      if (route.isStaffed()) {
        driving += route.travelSeconds();
        waiting += route.getVisits().stream().mapToLong(HomeVisit::waitingSeconds).sum();
      }
    }
    int notYetPlanned = Math.max(0, -score.initScore());
    StringBuilder text =
        new StringBuilder(
            broken == 0
                ? "Keeps every care rule"
                : "Breaks " + broken + (broken == 1 ? " care rule" : " care rules"));
    if (notYetPlanned > 0) {
      text.append(" · ").append(notYetPlanned).append(" not yet planned");
    }
    text.append(" · ")
        .append(unassigned == 0 ? "everything assigned" : unassigned + " unassigned")
        .append(" · ")
        .append(Durations.words(driving))
        .append(" of driving · ")
        .append(Durations.words(waiting))
        .append(" of waiting");
    return new ScoreSummary(broken, unassigned, notYetPlanned, driving, waiting, text.toString());
  }

  private static UnassignedView unassignedVisit(
      DayProblem day,
      HomeVisit visit,
      String reason,
      Set<Long> approximate,
      Map<Long, BookingLabel> labels) {
    GeoPoint point = day.placePoints().get(visit.getPlace().index());
    BookingLabel label = BookingLabel.of(labels, visit.getAppointmentId());
    return new UnassignedView(
        visit.getAppointmentId(),
        label.patientInitials(),
        label.treatment(),
        "home visit",
        reason,
        point.latitude(),
        point.longitude(),
        approximate.contains(visit.getAppointmentId()));
  }

  private static Stream<HomeVisit> booked(List<HomeVisit> visits) {
    return visits.stream().filter(v -> !v.isWaiting());
  }

  private static StopView stop(
      DayProblem day, HomeVisit visit, Set<Long> approximate, Map<Long, BookingLabel> labels) {
    GeoPoint point = day.placePoints().get(visit.getPlace().index());
    BookingLabel label = BookingLabel.of(labels, visit.getAppointmentId());
    return new StopView(
        visit.getAppointmentId(),
        label.patientInitials(),
        label.treatment(),
        visit.getArrival() == null ? null : time(visit.getArrival(), day.zone()),
        visit.serviceStart() == null ? null : time(visit.serviceStart(), day.zone()),
        // The patient's promise, never the window narrowed for planning (to a pinned start, to
        // now).
        time(visit.getPromisedStart(), day.zone()),
        time(visit.getPromisedEnd(), day.zone()),
        (int) (visit.getServiceSeconds() / 60),
        point.latitude(),
        point.longitude(),
        visit.isPinnedByDispatcher(),
        approximate.contains(visit.getAppointmentId()));
  }

  static String whyUnassigned(DayProblem day, HomeVisit visit) {
    List<NurseRoute> certified =
        day.routes().getRoutes().stream()
            .filter(
                r ->
                    r.isStaffed()
                        && CareRules.missing(
                                visit.getRequiredCertifications(), r.getCertifications())
                            .isEmpty())
            .toList();
    if (certified.isEmpty()) {
      return "No field nurse on shift holds "
          + Certification.list(visit.getRequiredCertifications())
          + ".";
    }
    if (certified.stream()
        .noneMatch(
            r ->
                r.getShiftStart() <= visit.getWindowEnd()
                    && visit.getWindowStart() < r.getShiftEnd())) {
      return "No "
          + Certification.list(visit.getRequiredCertifications())
          + " nurse works "
          + clock(visit.getPromisedStart(), day.zone())
          + "–"
          + clock(visit.getPromisedEnd(), day.zone())
          + ".";
    }
    return "Every certified nurse's route is full around the window: adding it would make someone late "
        + "or keep a nurse past the end of the shift.";
  }

  static String whyUnassigned(DayProblem day, ClinicSession session) {
    List<ClinicShift> certified =
        day.sessions().getShifts().stream()
            .filter(
                s ->
                    CareRules.missing(session.getRequiredCertifications(), s.certifications())
                        .isEmpty())
            .toList();
    if (certified.isEmpty()) {
      return "No clinic nurse on shift holds "
          + Certification.list(session.getRequiredCertifications())
          + ".";
    }
    if (certified.stream()
        .allMatch(s -> s.secondsOffShift(session.getStart(), session.end()) > 0)) {
      return "No certified clinic nurse works through the session and its observation.";
    }
    return "No chair, no nurse within the monitoring ratio, or no colleague to watch the patient through the nurse's"
        + " break is free within the start tolerance.";
  }

  private static String clock(long epochSecond, ZoneId zone) {
    return time(epochSecond, zone).toLocalTime().toString();
  }

  private static OffsetDateTime time(long epochSecond, ZoneId zone) {
    return Instant.ofEpochSecond(epochSecond).atZone(zone).toOffsetDateTime();
  }
}
