package org.careroute.planning.route;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import org.careroute.domain.model.staff.Certification;
import org.careroute.domain.service.StraightLineTravelTimeEstimator;
import org.careroute.domain.shared.GeoPoint;
import org.careroute.planning.route.domain.HomeRoutePlan;
import org.careroute.planning.route.domain.HomeVisit;
import org.careroute.planning.route.domain.NurseRoute;
import org.careroute.planning.travel.TravelMatrix;

/**
 * A seeded day of home visits around Sacramento: field nurses on 08:00-16:30 shifts with a
 * half-hour break, patients within 15 km, two-hour arrival windows, 40 to 90 minute visits.
 */
public final class SampleRouteDay {

  private SampleRouteDay() {}

  public static HomeRoutePlan generate(long seed, int nurses, int visits) {
    Random random = new Random(seed);
    GeoPoint centre = new GeoPoint(38.58, -121.49);
    List<GeoPoint> points = new ArrayList<>();
    for (int i = 0; i < nurses + visits; i++) {
      double km = 15 * Math.sqrt(random.nextDouble());
      double bearing = random.nextDouble() * 2 * Math.PI;
      points.add(
          new GeoPoint(
              centre.latitude() + km * Math.cos(bearing) / 111.0,
              centre.longitude()
                  + km
                      * Math.sin(bearing)
                      / (111.0 * Math.cos(Math.toRadians(centre.latitude())))));
    }
    var estimator = new StraightLineTravelTimeEstimator(1.3, 40);
    TravelMatrix travel =
        TravelMatrix.measure(
            points.size(),
            (from, to) -> estimator.between(points.get(from), points.get(to)).toSeconds());

    List<NurseRoute> routes = new ArrayList<>();
    for (int n = 0; n < nurses; n++) {
      EnumSet<Certification> certifications =
          n % 2 == 0
              ? EnumSet.of(Certification.HOME_VISIT, Certification.IV_THERAPY)
              : EnumSet.of(Certification.HOME_VISIT);
      NurseRoute route =
          new NurseRoute(
              "nurse-" + n,
              (long) n,
              "Nurse " + n,
              certifications,
              travel.place(n),
              8 * 3600,
              16 * 3600 + 1800);
      route.setBreak(12 * 3600L, 1800);
      route.setKitCapacity(8);
      routes.add(route);
    }
    List<HomeVisit> homeVisits = new ArrayList<>();
    for (int v = 0; v < visits; v++) {
      long windowStart = (8 + random.nextInt(7)) * 3600L;
      long service = (40 + 10 * random.nextInt(6)) * 60L;
      EnumSet<Certification> needed =
          random.nextInt(3) == 0
              ? EnumSet.of(Certification.HOME_VISIT, Certification.IV_THERAPY)
              : EnumSet.of(Certification.HOME_VISIT);
      homeVisits.add(
          new HomeVisit(
              "visit-" + v,
              travel.place(nurses + v),
              windowStart,
              windowStart + 2 * 3600,
              service,
              needed));
    }
    routes.add(NurseRoute.unstaffed(travel.place(0)));
    return new HomeRoutePlan("sample-" + seed, routes, homeVisits);
  }
}
