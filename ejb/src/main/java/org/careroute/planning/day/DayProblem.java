package org.careroute.planning.day;

import java.time.ZoneId;
import java.util.Map;
import org.careroute.domain.model.practice.PlanKey;
import org.careroute.domain.shared.GeoPoint;
import org.careroute.planning.clinic.domain.ClinicDayPlan;
import org.careroute.planning.route.domain.HomeRoutePlan;

/**
 * One clinic day as the two planning problems (field routes and clinic sessions), with what is
 * needed to show and publish their solutions: the clinic's zone, the place coordinates and the
 * appointment versions the problem was built from.
 */
public record DayProblem(
    PlanKey key,
    ZoneId zone,
    HomeRoutePlan routes,
    ClinicDayPlan sessions,
    Map<Integer, GeoPoint> placePoints,
    Map<Long, Long> appointmentVersions) {

  public DayProblem withRoutes(HomeRoutePlan bestRoutes) {
    return new DayProblem(key, zone, bestRoutes, sessions, placePoints, appointmentVersions);
  }

  public DayProblem withSessions(ClinicDayPlan bestSessions) {
    return new DayProblem(key, zone, routes, bestSessions, placePoints, appointmentVersions);
  }

  /**
   * This day with the routes of {@code rebuilt}, whose places (and their coordinates) may be new.
   */
  public DayProblem withRoutesOf(DayProblem rebuilt) {
    return new DayProblem(
        key, zone, rebuilt.routes(), sessions, rebuilt.placePoints(), appointmentVersions);
  }

  /** This day with the sessions of {@code rebuilt}. */
  public DayProblem withSessionsOf(DayProblem rebuilt) {
    return withSessions(rebuilt.sessions());
  }
}
