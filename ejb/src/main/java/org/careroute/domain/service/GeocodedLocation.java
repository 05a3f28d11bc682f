package org.careroute.domain.service;

import org.careroute.domain.shared.GeoPoint;

/**
 * Where a geocoder put an address; {@code approximate} when it is only the middle of the postal
 * code's area (or a street), not the house.
 */
public record GeocodedLocation(GeoPoint point, boolean approximate, Source source) {

  /** Who found the location. */
  public enum Source {
    GEOCODER,
    POSTAL_CODE
  }
}
