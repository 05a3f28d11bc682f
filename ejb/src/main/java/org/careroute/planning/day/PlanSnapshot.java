package org.careroute.planning.day;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.careroute.planning.clinic.domain.SessionPlacement;
import org.careroute.planning.route.domain.HomeVisit;
import org.careroute.planning.route.domain.NurseRoute;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * A day's best plan as it is stored between nodes and restarts: only the decisions (the visits of
 * each route in order, each session's placement), the appointment versions the plan was built from,
 * and the scores the solver gave it. The facts are read again from the bookings when the plan is
 * taken up, so that a snapshot stays small and never holds health data.
 *
 * @param routes the visit ids of each route id, in route order
 * @param sessions where each session was placed
 * @param versions the version of each appointment the plan was built from
 * @param routesScore the routes' score as the solver had it
 * @param sessionsScore the sessions' score as the solver had it
 */
public record PlanSnapshot(
    List<RouteVisits> routes,
    List<SessionPlacement> sessions,
    List<AppointmentVersion> versions,
    String routesScore,
    String sessionsScore) {

  /** One route's visits, in order. */
  public record RouteVisits(String routeId, List<String> visitIds) {}

  /** The version of one appointment a plan was built from. */
  public record AppointmentVersion(long appointmentId, long version) {}

  /** The decisions of a scored day. */
  public static PlanSnapshot of(DayProblem day) {
    List<RouteVisits> routes = new ArrayList<>();
    for (NurseRoute route : day.routes().getRoutes()) {
      routes.add(
          new RouteVisits(
              route.getId(), route.getVisits().stream().map(HomeVisit::getId).toList()));
    }
    List<AppointmentVersion> versions = new ArrayList<>();
    day.appointmentVersions()
        .forEach((id, version) -> versions.add(new AppointmentVersion(id, version)));
    return new PlanSnapshot(
        routes,
        day.sessions().getSessions().stream().map(SessionPlacement::of).toList(),
        versions,
        text(day.routes().getScore()),
        text(day.sessions().getScore()));
  }

  private static String text(HardMediumSoftLongScore score) {
    return score == null ? null : score.toString();
  }

  /**
   * Puts this plan's decisions onto {@code committed}, the day as the bookings have it now, where
   * they still fit it (see {@code continueFrom}); the versions become this plan's, so that
   * publishing leaves alone what changed since. Not scored: the optimizer scores it.
   */
  public DayProblem applyTo(DayProblem committed) {
    Map<String, List<String>> visitIdsByRoute = new LinkedHashMap<>();
    routes.forEach(r -> visitIdsByRoute.put(r.routeId(), r.visitIds()));
    committed.routes().continueFrom(visitIdsByRoute);
    committed.sessions().continueFrom(sessions);
    committed.appointmentVersions().clear();
    versions.forEach(v -> committed.appointmentVersions().put(v.appointmentId(), v.version()));
    return committed;
  }

  /** This plan, built from {@code version} of the appointment (a pin stored a new version). */
  public PlanSnapshot withVersion(long appointmentId, long version) {
    List<AppointmentVersion> changed = new ArrayList<>();
    versions.stream().filter(v -> v.appointmentId() != appointmentId).forEach(changed::add);
    changed.add(new AppointmentVersion(appointmentId, version));
    return new PlanSnapshot(routes, sessions, changed, routesScore, sessionsScore);
  }

  /** The hard score the solver gave this plan: the care rules it breaks, routes and sessions. */
  public long hardScore() {
    return hard(routesScore) + hard(sessionsScore);
  }

  private static long hard(String score) {
    return score == null ? 0 : HardMediumSoftLongScore.parseScore(score).hardScore();
  }

  /** The solver's score of the whole day, as one score. */
  public HardMediumSoftLongScore score() {
    HardMediumSoftLongScore total = HardMediumSoftLongScore.ZERO;
    for (String part : List.of(String.valueOf(routesScore), String.valueOf(sessionsScore))) {
      if (!"null".equals(part)) {
        total = total.add(HardMediumSoftLongScore.parseScore(part));
      }
    }
    return total;
  }
}
