package org.careroute.planning.route.solver;

import static org.careroute.planning.route.domain.RoutePlanWeights.CONTINUITY;
import static org.careroute.planning.route.domain.RoutePlanWeights.OVERTIME;
import static org.careroute.planning.route.domain.RoutePlanWeights.TRAVEL_TIME;
import static org.careroute.planning.route.domain.RoutePlanWeights.UNASSIGNED;
import static org.careroute.planning.route.domain.RoutePlanWeights.WAITING_TIME;
import static org.careroute.planning.route.domain.RoutePlanWeights.WORKLOAD_BALANCE;

import java.util.Set;
import org.careroute.domain.model.staff.Certification;
import org.careroute.domain.shared.Durations;
import org.careroute.planning.route.domain.HomeVisit;
import org.careroute.planning.route.domain.NurseRoute;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;

/**
 * The rules of home visit routes. Hard: the nurse holds the certifications the visit needs, starts
 * inside the promised window, carries enough kits and is home by the end of the shift (breaks are
 * kept by the arrival times themselves), and a visit the dispatcher pinned stays with its nurse.
 * Medium: every booked visit has a nurse, and then as many waiting patients as fit are served.
 * Soft: seconds of driving, waiting and overtime, continuity of nurse, balanced work. A waiting
 * patient's visit keeps every hard rule as a booked one does; its window is the arrivals the
 * patient can take, as no promise was made.
 */
public class HomeRouteConstraints implements ConstraintProvider {

  public static final String CERTIFICATION = "Nurse certified for the visit";
  public static final String ARRIVAL_WINDOW = "Start inside the promised window";
  public static final String KIT_CAPACITY = "Enough treatment kits";
  public static final String SHIFT_END = "Home by the end of the shift";
  public static final String WAITING_PLACED = "Waiting patient placed";
  public static final String PINNED = "Pinned visit keeps its nurse";

  @Override
  public Constraint[] defineConstraints(ConstraintFactory factory) {
    return new Constraint[] {
      certification(factory),
      arrivalWindow(factory),
      kitCapacity(factory),
      shiftEnd(factory),
      pinnedVisit(factory),
      unassignedVisit(factory),
      waitingPlaced(factory),
      travelTime(factory),
      waitingTime(factory),
      continuity(factory),
      overtime(factory),
      workloadBalance(factory)
    };
  }

  Constraint certification(ConstraintFactory factory) {
    return factory
        .forEach(HomeVisit.class)
        .filter(v -> v.isServedByAStaffedRoute() && !missingCertifications(v).isEmpty())
        .penalizeLong(HardMediumSoftLongScore.ONE_HARD, v -> missingCertifications(v).size())
        .justifyWith(
            (v, score) ->
                new VisitJustification(
                    v.getId(),
                    v.getRoute().getId(),
                    v.getRoute().getNurseName()
                        + " lacks "
                        + Certification.list(missingCertifications(v))))
        .asConstraint(CERTIFICATION);
  }

  private static Set<Certification> missingCertifications(HomeVisit visit) {
    return visit.getRoute().missingCertificationsFor(visit);
  }

  Constraint arrivalWindow(ConstraintFactory factory) {
    return factory
        .forEach(HomeVisit.class)
        .filter(v -> v.isServedByAStaffedRoute() && v.lateSeconds() > 0)
        .penalizeLong(HardMediumSoftLongScore.ONE_HARD, HomeVisit::lateSeconds)
        .justifyWith(
            (v, score) ->
                new VisitJustification(
                    v.getId(),
                    v.getRoute().getId(),
                    "starts "
                        + Durations.words(v.lateSeconds())
                        + " after the promised window closes"))
        .asConstraint(ARRIVAL_WINDOW);
  }

  Constraint kitCapacity(ConstraintFactory factory) {
    return factory
        .forEach(NurseRoute.class)
        .filter(r -> r.isStaffed() && r.kitsShortFor(r.kitsNeeded()) > 0)
        .penalizeLong(HardMediumSoftLongScore.ONE_HARD, r -> r.kitsShortFor(r.kitsNeeded()))
        .justifyWith(
            (r, score) ->
                new RouteJustification(
                    r.getId(),
                    "needs " + r.kitsNeeded() + " kits and carries " + r.getKitCapacity()))
        .asConstraint(KIT_CAPACITY);
  }

  Constraint shiftEnd(ConstraintFactory factory) {
    return factory
        .forEach(NurseRoute.class)
        .filter(r -> r.isStaffed() && r.returnHome() > r.latestReturn())
        .penalizeLong(HardMediumSoftLongScore.ONE_HARD, r -> r.returnHome() - r.latestReturn())
        .justifyWith(
            (r, score) ->
                new RouteJustification(
                    r.getId(),
                    "is back "
                        + Durations.words(r.returnHome() - r.latestReturn())
                        + " after the shift may end"))
        .asConstraint(SHIFT_END);
  }

  Constraint pinnedVisit(ConstraintFactory factory) {
    return factory
        .forEach(HomeVisit.class)
        .filter(
            v ->
                v.getPinnedNurseId() != null
                    && v.getRoute() != null
                    && !v.getPinnedNurseId().equals(v.getRoute().getNurseId()))
        .penalize(HardMediumSoftLongScore.ONE_HARD)
        .justifyWith(
            (v, score) ->
                new VisitJustification(
                    v.getId(), v.getRoute().getId(), "pinned to another nurse by the dispatcher"))
        .asConstraint(PINNED);
  }

  /**
   * Each booked visit on the unstaffed route costs the configured weight: one medium times one more
   * than the number of waiting visits ({@link
   * org.careroute.planning.route.domain.RoutePlanWeights#outweighWaiting}), so that one booked
   * patient left out always costs more than all waiting patients served earn.
   */
  Constraint unassignedVisit(ConstraintFactory factory) {
    return factory
        .forEach(HomeVisit.class)
        .filter(v -> !v.isWaiting() && v.getRoute() != null && !v.getRoute().isStaffed())
        .penalizeConfigurable()
        .justifyWith(
            (v, score) ->
                new VisitJustification(
                    v.getId(), null, "no nurse can take it without breaking a hard rule"))
        .asConstraint(UNASSIGNED);
  }

  /**
   * A waiting patient's visit on a nurse's route earns one medium: below every booked visit ({@link
   * #unassignedVisit}), above every comfort goal.
   */
  Constraint waitingPlaced(ConstraintFactory factory) {
    return factory
        .forEach(HomeVisit.class)
        .filter(v -> v.isWaiting() && v.isServedByAStaffedRoute())
        .reward(HardMediumSoftLongScore.ONE_MEDIUM)
        .justifyWith(
            (v, score) ->
                new VisitJustification(
                    v.getId(), v.getRoute().getId(), "a waiting patient could be visited here"))
        .asConstraint(WAITING_PLACED);
  }

  Constraint travelTime(ConstraintFactory factory) {
    return factory
        .forEach(NurseRoute.class)
        .filter(r -> r.isStaffed() && !r.getVisits().isEmpty())
        .penalizeConfigurableLong(NurseRoute::travelSeconds)
        .justifyWith(
            (r, score) ->
                new RouteJustification(r.getId(), "drives " + Durations.words(r.travelSeconds())))
        .asConstraint(TRAVEL_TIME);
  }

  Constraint waitingTime(ConstraintFactory factory) {
    return factory
        .forEach(HomeVisit.class)
        .filter(v -> v.isServedByAStaffedRoute() && v.waitingSeconds() > 0)
        .penalizeConfigurableLong(HomeVisit::waitingSeconds)
        .justifyWith(
            (v, score) ->
                new VisitJustification(
                    v.getId(),
                    v.getRoute().getId(),
                    "the nurse waits "
                        + Durations.words(v.waitingSeconds())
                        + " for the window to open"))
        .asConstraint(WAITING_TIME);
  }

  Constraint continuity(ConstraintFactory factory) {
    return factory
        .forEach(HomeVisit.class)
        .filter(
            v ->
                v.isServedByAStaffedRoute()
                    && v.getPreferredNurseId() != null
                    && !v.getPreferredNurseId().equals(v.getRoute().getNurseId()))
        .penalizeConfigurable()
        .justifyWith(
            (v, score) ->
                new VisitJustification(
                    v.getId(),
                    v.getRoute().getId(),
                    "another nurse than at the previous session of the series"))
        .asConstraint(CONTINUITY);
  }

  Constraint overtime(ConstraintFactory factory) {
    return factory
        .forEach(NurseRoute.class)
        .filter(r -> r.isStaffed() && r.returnHome() > r.getShiftEnd())
        .penalizeConfigurableLong(r -> r.returnHome() - r.getShiftEnd())
        .justifyWith(
            (r, score) ->
                new RouteJustification(
                    r.getId(),
                    "works "
                        + Durations.words(r.returnHome() - r.getShiftEnd())
                        + " past the end of the shift"))
        .asConstraint(OVERTIME);
  }

  Constraint workloadBalance(ConstraintFactory factory) {
    return factory
        .forEach(NurseRoute.class)
        .filter(r -> r.isStaffed() && !r.getVisits().isEmpty())
        .penalizeConfigurableLong(r -> squaredMinutes(r.workSeconds()))
        .justifyWith(
            (r, score) ->
                new RouteJustification(
                    r.getId(),
                    "works "
                        + Durations.words(r.workSeconds())
                        + " (long days weigh more than short ones)"))
        .asConstraint(WORKLOAD_BALANCE);
  }

  private static long squaredMinutes(long seconds) {
    long minutes = seconds / 60;
    return minutes * minutes;
  }
}
