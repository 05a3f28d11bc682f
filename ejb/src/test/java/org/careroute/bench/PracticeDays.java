package org.careroute.bench;

import static org.careroute.bench.VrptwInstance.DUE;
import static org.careroute.bench.VrptwInstance.READY;
import static org.careroute.bench.VrptwInstance.SERVICE;

import java.util.ArrayList;
import java.util.List;

/**
 * The days {@code bin/bench practice} solves: home-care days of {@link HomeCareDayGenerator} the
 * size of a practice's ({@value #FEWEST_VISITS} to {@value #MOST_VISITS} visits), each with as few
 * nurses as make placing every visit work for the solver. The fleet is a multiple of the nurse time
 * the visits need at the least ({@link #leastNurseMinutes}); one day in the middle gets less than
 * that, so that not every visit can be placed and the solver has to choose which.
 */
final class PracticeDays {

  static final int FEWEST_VISITS = 20;
  static final int MOST_VISITS = 60;

  /**
   * Nurses of the other days, in multiples of the least nurse time: around the fleet at which the
   * generator's days stop being easy. The README's two 60-visit days were served whole by 20 and 23
   * nurses, 1.57 and 1.80 times their least need.
   */
  private static final double[] TIGHT_FLEETS = {1.4, 1.6, 1.8};

  /**
   * Far enough under the least nurse time that the solver's rounding of travel cannot bridge it.
   */
  private static final double SHORT_FLEET = 0.9;

  /**
   * One generated day; {@code shortOfNurses} when its visits need more nurse time than its nurses
   * have. The instance's name is the generator's, so {@code bin/bench generate} writes it again
   * from its visits, nurses and seed.
   */
  record PracticeDay(int number, long seed, VrptwInstance instance, boolean shortOfNurses) {

    int visits() {
      return instance.rows().size() - 1;
    }
  }

  private PracticeDays() {}

  /**
   * {@code days} days from {@code seed}, their sizes spread evenly from the fewest visits to the
   * most; the same arguments give the same days.
   */
  static List<PracticeDay> generate(int days, long seed) {
    List<PracticeDay> generated = new ArrayList<>();
    int shortDay = (days + 1) / 2;
    for (int number = 1; number <= days; number++) {
      int visits =
          FEWEST_VISITS + (MOST_VISITS - FEWEST_VISITS) * (number - 1) / Math.max(1, days - 1);
      // Seeds apart by run and by day, so that no two days of two runs share their visits.
      long daySeed = seed * 100 + number;
      double nurseDays =
          leastNurseMinutes(HomeCareDayGenerator.instance(visits, null, daySeed))
              / HomeCareDayGenerator.DAY_MINUTES;
      boolean shortOfNurses = number == shortDay;
      int nurses =
          shortOfNurses
              ? (int) Math.floor(nurseDays * SHORT_FLEET)
              : (int) Math.ceil(nurseDays * TIGHT_FLEETS[number % TIGHT_FLEETS.length]);
      generated.add(
          new PracticeDay(
              number,
              daySeed,
              HomeCareDayGenerator.instance(visits, nurses, daySeed),
              shortOfNurses));
    }
    return generated;
  }

  /**
   * The nurse minutes that serving every visit takes at the least: each visit's session and the
   * drive to it from the nearest other place, the clinic included. No nurse works longer than the
   * clinic's day, so a day whose nurses have fewer minutes between them cannot place every visit.
   */
  static double leastNurseMinutes(VrptwInstance day) {
    double minutes = 0;
    for (int visit = 1; visit < day.rows().size(); visit++) {
      double nearest = Double.MAX_VALUE;
      for (int from = 0; from < day.rows().size(); from++) {
        if (from != visit) {
          nearest = Math.min(nearest, day.distance(from, visit));
        }
      }
      minutes += day.rows().get(visit)[SERVICE] + nearest;
    }
    return minutes;
  }

  /** The minutes all of the day's nurses have, each from the clinic's opening to its closing. */
  static double nurseMinutes(VrptwInstance day) {
    double[] clinic = day.rows().get(0);
    return day.vehicles() * (clinic[DUE] - clinic[READY]);
  }
}
