package org.careroute.domain.service;

import org.careroute.domain.model.booking.Placement;
import org.careroute.domain.shared.TimeInterval;

/**
 * A window the practice can promise, with the placement that keeps it and what taking it would cost
 * the day's plan (in the planner's soft units, seconds; 0 where nothing weighs it).
 */
public record Offer(TimeInterval window, Placement placement, long cost) {

  public Offer withCost(long cost) {
    return new Offer(window, placement, cost);
  }
}
