package org.careroute.domain.shared;

/** Durations as the practice says them: "1 h 57 min", "12 min", "40 s". */
public final class Durations {

  private Durations() {}

  public static String words(long seconds) {
    long abs = Math.abs(seconds);
    if (abs < 60) {
      return abs + " s";
    }
    long minutes = Math.round(abs / 60.0);
    long hours = minutes / 60;
    long rest = minutes % 60;
    if (hours == 0) {
      return minutes + " min";
    }
    return rest == 0 ? hours + " h" : hours + " h " + rest + " min";
  }
}
