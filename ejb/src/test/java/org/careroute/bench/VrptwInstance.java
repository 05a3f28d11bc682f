package org.careroute.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.careroute.domain.model.staff.Certification;
import org.careroute.planning.route.domain.HomeRoutePlan;
import org.careroute.planning.route.domain.HomeVisit;
import org.careroute.planning.route.domain.NurseRoute;
import org.careroute.planning.travel.TravelMatrix;

/**
 * A Solomon / Gehring-Homberger VRPTW instance, read into the home-route planning model: customer
 * to home visit, ready and due time to the arrival window, service time to the visit's length,
 * demand and capacity to treatment kits, the depot to every nurse's base and shift, the vehicle
 * count to the nurses available, Euclidean distance to travel time. Times are scaled by {@value
 * #SCALE} to whole numbers, which keeps each leg's rounding under 0.0005 units.
 */
public record VrptwInstance(String name, int vehicles, int capacity, List<double[]> rows) {

  public static final long SCALE = 1000;
  // The columns of a customer row, for the benchmark's readers of rows.
  static final int X = 1;
  static final int Y = 2;
  static final int DEMAND = 3;
  static final int READY = 4;
  static final int DUE = 5;
  static final int SERVICE = 6;

  /**
   * Reads the file: the name on the first line, vehicles and capacity, then one row per customer,
   * depot first.
   */
  public static VrptwInstance read(Path file) throws IOException {
    return parse(Files.readAllLines(file))
        .orElseThrow(() -> new IOException(file + " is not a Solomon-format VRPTW instance."));
  }

  /** The instance in Solomon-format text, as a generator writes it; empty if it is none. */
  static Optional<VrptwInstance> parse(List<String> lines) {
    if (lines.isEmpty()) {
      return Optional.empty();
    }
    String name = lines.get(0).strip();
    int vehicles = 0;
    int capacity = 0;
    List<double[]> rows = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      String[] fields = lines.get(i).strip().split("\\s+");
      if (lines.get(i - 1).strip().startsWith("NUMBER") && fields.length == 2) {
        vehicles = Integer.parseInt(fields[0]);
        capacity = Integer.parseInt(fields[1]);
      } else if (fields.length == 7 && fields[0].matches("\\d+")) {
        double[] row = new double[7];
        for (int f = 0; f < 7; f++) {
          row[f] = Double.parseDouble(fields[f]);
        }
        rows.add(row);
      }
    }
    if (vehicles == 0 || rows.size() < 2) {
      return Optional.empty();
    }
    return Optional.of(new VrptwInstance(name, vehicles, capacity, rows));
  }

  /**
   * The depot and the first {@code customers} customers, as Solomon's own 25- and 50-customer sets
   * are cut from the 100-customer ones: problems of a clinic day's size. The name says the size.
   */
  public VrptwInstance firstCustomers(int customers) {
    if (customers + 1 >= rows.size()) {
      return this;
    }
    return new VrptwInstance(
        name + "." + customers, vehicles, capacity, List.copyOf(rows.subList(0, customers + 1)));
  }

  public double distance(int from, int to) {
    return Math.hypot(rows.get(from)[X] - rows.get(to)[X], rows.get(from)[Y] - rows.get(to)[Y]);
  }

  /** Place 0 is the depot; place i is customer i. */
  public HomeRoutePlan toPlan() {
    TravelMatrix travel =
        TravelMatrix.measure(rows.size(), (from, to) -> Math.round(distance(from, to) * SCALE));
    double[] depot = rows.get(0);
    List<NurseRoute> routes = new ArrayList<>();
    for (int v = 0; v < vehicles; v++) {
      NurseRoute route =
          new NurseRoute(
              "vehicle-" + v,
              (long) v,
              "Vehicle " + v,
              EnumSet.noneOf(Certification.class),
              travel.place(0),
              scaled(depot[READY]),
              scaled(depot[DUE]));
      route.setKitCapacity(capacity);
      routes.add(route);
    }
    routes.add(NurseRoute.unstaffed(travel.place(0)));
    List<HomeVisit> visits = new ArrayList<>();
    for (int c = 1; c < rows.size(); c++) {
      double[] row = rows.get(c);
      HomeVisit visit =
          new HomeVisit(
              String.valueOf((int) row[0]),
              travel.place(c),
              scaled(row[READY]),
              scaled(row[DUE]),
              scaled(row[SERVICE]),
              EnumSet.noneOf(Certification.class));
      visit.setKits((int) row[DEMAND]);
      visits.add(visit);
    }
    return new HomeRoutePlan(name, routes, visits);
  }

  private static long scaled(double units) {
    return Math.round(units * SCALE);
  }
}
