package org.careroute.domain.service;

import java.time.Duration;
import org.careroute.domain.shared.GeoPoint;

/**
 * Travel time from the great-circle distance, stretched by a road factor (roads are not straight)
 * and driven at an average speed. Good enough to keep promises without a road network; a routing
 * engine can replace it behind {@link TravelTimeEstimator}.
 */
public final class StraightLineTravelTimeEstimator implements TravelTimeEstimator {

  private final double roadFactor;
  private final double metersPerSecond;

  public StraightLineTravelTimeEstimator(double roadFactor, double averageKilometersPerHour) {
    if (roadFactor < 1 || averageKilometersPerHour <= 0) {
      throw new IllegalArgumentException(
          "The road factor must be at least 1 and the speed positive.");
    }
    this.roadFactor = roadFactor;
    this.metersPerSecond = averageKilometersPerHour / 3.6;
  }

  @Override
  public Duration between(GeoPoint from, GeoPoint to) {
    double seconds = from.metersTo(to) * roadFactor / metersPerSecond;
    return Duration.ofSeconds((long) Math.ceil(seconds));
  }
}
