package org.careroute.domain.service;

import java.time.Duration;
import org.careroute.domain.shared.GeoPoint;

/** How long a nurse drives from one point to another. */
public interface TravelTimeEstimator {

  Duration between(GeoPoint from, GeoPoint to);
}
