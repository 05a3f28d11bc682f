package org.careroute.planning.route;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.careroute.domain.model.staff.Certification;
import org.careroute.planning.route.domain.HomeVisit;
import org.careroute.planning.route.domain.NurseRoute;
import org.careroute.planning.travel.Place;
import org.careroute.planning.travel.TravelMatrix;

/**
 * Small routes for constraint tests, with their shadow variables set as the solver would set them.
 * Home base is place 0; A (1) is 10 minutes from home, B (2) 15 minutes, and A to B 5 minutes.
 */
public final class Routes {

  public static final TravelMatrix TRAVEL =
      TravelMatrix.of(
          new long[][] {
            {0, 600, 900},
            {600, 0, 300},
            {900, 300, 0}
          });
  public static final Place HOME = TRAVEL.place(0);
  public static final Place A = TRAVEL.place(1);
  public static final Place B = TRAVEL.place(2);
  public static final long EIGHT = 8 * 3600;
  public static final long HOUR = 3600;

  private Routes() {}

  public static NurseRoute route(
      String id, Set<Certification> certifications, long shiftStart, long shiftEnd) {
    return new NurseRoute(
        id, (long) id.hashCode(), "Nurse " + id, certifications, HOME, shiftStart, shiftEnd);
  }

  public static NurseRoute route(String id) {
    return route(id, EnumSet.allOf(Certification.class), EIGHT, EIGHT + 8 * HOUR);
  }

  public static HomeVisit visit(
      String id, Place place, long windowStart, long windowEnd, long serviceSeconds) {
    return new HomeVisit(
        id, place, windowStart, windowEnd, serviceSeconds, EnumSet.noneOf(Certification.class));
  }

  public static HomeVisit visit(
      String id,
      Place place,
      long windowStart,
      long windowEnd,
      long serviceSeconds,
      Set<Certification> required) {
    return new HomeVisit(id, place, windowStart, windowEnd, serviceSeconds, required);
  }

  /** A waiting patient's visit (entry {@code entryId}): no appointment, no promise. */
  public static HomeVisit waiting(
      String id, long entryId, Place place, long earliest, long latest, long serviceSeconds) {
    HomeVisit visit = visit(id, place, earliest, latest, serviceSeconds);
    visit.waitFor(entryId);
    return visit;
  }

  /**
   * Puts the visits on the route in this order and derives arrivals, as the solver's listener does.
   */
  public static NurseRoute assign(NurseRoute route, HomeVisit... visits) {
    route.setVisits(new ArrayList<>(List.of(visits)));
    route.linkVisits();
    return route;
  }
}
