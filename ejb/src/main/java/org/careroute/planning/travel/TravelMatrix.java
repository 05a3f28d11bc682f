package org.careroute.planning.travel;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongBiFunction;

/**
 * Travel times between every pair of a problem's places, in seconds, computed once when the problem
 * is built so that the solver's moves only look them up.
 */
public final class TravelMatrix {

  private final long[][] seconds;
  private final List<Place> places = new ArrayList<>();

  private TravelMatrix(long[][] seconds) {
    this.seconds = seconds;
    for (int i = 0; i < seconds.length; i++) {
      places.add(new Place(i, this));
    }
  }

  /** A matrix from given times; {@code seconds[from][to]}. */
  public static TravelMatrix of(long[][] seconds) {
    for (long[] row : seconds) {
      if (row.length != seconds.length) {
        throw new IllegalArgumentException("A travel matrix is square.");
      }
    }
    return new TravelMatrix(seconds);
  }

  /** A matrix for {@code count} points, each pair measured once by {@code measure}. */
  public static TravelMatrix measure(int count, ToLongBiFunction<Integer, Integer> measure) {
    long[][] seconds = new long[count][count];
    for (int from = 0; from < count; from++) {
      for (int to = 0; to < count; to++) {
        seconds[from][to] = from == to ? 0 : measure.applyAsLong(from, to);
      }
    }
    return new TravelMatrix(seconds);
  }

  public Place place(int index) {
    return places.get(index);
  }

  long between(int from, int to) {
    return seconds[from][to];
  }
}
