package org.careroute.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * {@code bin/bench generate --visits V [--nurses K] --seed S --out FILE}: a home-care day in
 * Solomon format, so that every peer reads it. Homes cluster around town centres in a region
 * {@value #REGION_KM} km across, the clinic (depot) in the middle. Coordinates are in minutes of
 * travel at the app's default straight-line estimate (road factor 1.3, 40 km/h: 1.95 minutes per
 * km), so that Euclidean distance is travel time as the format expects. The day is ten hours (0 to
 * 600 minutes); each visit has a two-hour arrival window, a session of 45 minutes to five hours
 * (mostly 45-120), and needs one to three kits; a nurse carries as many kits as the day needs per
 * nurse plus a tenth. Without {@code --nurses}, the fleet is a first guess: the work (sessions and
 * a quarter hour of travel each) over the day, times 1.8, as two-hour windows leave nurses idle.
 * For a tight fleet, solve the day with a loose one and give {@code --nurses} the fewest a peer
 * used: only the fleet line and the kit capacity change with it, the visits stay those of the seed.
 */
final class HomeCareDayGenerator {

  static final double REGION_KM = 40;
  static final double MINUTES_PER_KM = 1.3 * 60 / 40;
  static final int DAY_MINUTES = 600;
  static final int WINDOW_MINUTES = 120;

  private HomeCareDayGenerator() {}

  static void main(String[] args) throws IOException {
    int visits = 0;
    Integer nurses = null;
    long seed = 1;
    Path out = null;
    for (int i = 1; i < args.length; i++) {
      switch (args[i]) {
        case "--visits" -> visits = Integer.parseInt(args[++i]);
        case "--nurses" -> nurses = Integer.parseInt(args[++i]);
        case "--seed" -> seed = Long.parseLong(args[++i]);
        case "--out" -> out = Path.of(args[++i]);
        default -> throw new IllegalArgumentException("Unknown option " + args[i]);
      }
    }
    if (visits < 1 || out == null) {
      throw new IllegalArgumentException("Give --visits V (at least 1) and --out FILE.");
    }
    Files.writeString(out, generate(visits, nurses, seed));
    System.out.println("wrote " + out);
  }

  /** The day as Solomon-format text; the same arguments give the same text. */
  static String generate(int visits, Integer nurses, long seed) {
    Random random = new Random(seed);
    double centre = REGION_KM * MINUTES_PER_KM / 2;
    int towns = Math.max(3, visits / 25);
    double[][] townCentres = new double[towns][2];
    for (double[] town : townCentres) {
      town[0] = random.nextDouble() * 2 * centre;
      town[1] = random.nextDouble() * 2 * centre;
    }
    List<double[]> rows = new ArrayList<>();
    rows.add(new double[] {0, centre, centre, 0, 0, DAY_MINUTES, 0});
    double work = 0;
    int kits = 0;
    for (int c = 1; c <= visits; c++) {
      double[] town = townCentres[random.nextInt(towns)];
      double x = clamp(town[0] + random.nextGaussian() * 1.5 * MINUTES_PER_KM, 2 * centre);
      double y = clamp(town[1] + random.nextGaussian() * 1.5 * MINUTES_PER_KM, 2 * centre);
      int session = session(random);
      double fromClinic = Math.hypot(x - centre, y - centre);
      // Ready early enough that a nurse can leave the clinic, serve and be back within the day.
      int latestReady = (int) Math.floor(DAY_MINUTES - session - WINDOW_MINUTES - 2 * fromClinic);
      int ready = latestReady <= 0 ? 0 : 15 * random.nextInt(latestReady / 15 + 1);
      int demand = 1 + (random.nextDouble() < 0.7 ? 0 : random.nextInt(2) + 1);
      rows.add(
          new double[] {c, round(x), round(y), demand, ready, ready + WINDOW_MINUTES, session});
      work += session + 15;
      kits += demand;
    }
    int fleet = nurses != null ? nurses : (int) Math.ceil(work / DAY_MINUTES * 1.8);
    int capacity = (int) Math.ceil(kits * 1.1 / fleet);
    StringBuilder text = new StringBuilder();
    text.append(String.format(Locale.ROOT, "HC%d_K%d_S%d%n%n", visits, fleet, seed));
    text.append(
        String.format(
            Locale.ROOT, "VEHICLE%nNUMBER     CAPACITY%n  %d         %d%n%n", fleet, capacity));
    text.append(
        String.format(
            Locale.ROOT,
            "CUSTOMER%nCUST NO.  XCOORD.   YCOORD.    DEMAND   READY TIME  DUE DATE   SERVICE   TIME%n%n"));
    for (double[] row : rows) {
      text.append(
          String.format(
              Locale.ROOT,
              "%5d %9.1f %9.1f %6d %9d %9d %9d%n",
              (int) row[0],
              row[1],
              row[2],
              (int) row[3],
              (int) row[4],
              (int) row[5],
              (int) row[6]));
    }
    return text.toString();
  }

  /** The day of {@link #generate}, read as an instance. */
  static VrptwInstance instance(int visits, Integer nurses, long seed) {
    return VrptwInstance.parse(generate(visits, nurses, seed).lines().toList()).orElseThrow();
  }

  /** 45 to 120 minutes seven times in ten, else up to five hours, in quarter hours. */
  private static int session(Random random) {
    return random.nextDouble() < 0.7 ? 45 + 15 * random.nextInt(6) : 135 + 15 * random.nextInt(12);
  }

  private static double clamp(double value, double max) {
    return Math.max(0, Math.min(max, value));
  }

  private static double round(double value) {
    return Math.round(value * 10) / 10.0;
  }
}
