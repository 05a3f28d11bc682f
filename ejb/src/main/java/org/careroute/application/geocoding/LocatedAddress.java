package org.careroute.application.geocoding;

import org.careroute.domain.service.GeocodedLocation;

/**
 * Where an address was found, for the patient to confirm on a map; {@code approximate} when only
 * the postal code's area (or the street) was found, not the house.
 */
public record LocatedAddress(
    double latitude, double longitude, boolean approximate, GeocodedLocation.Source source) {

  public static LocatedAddress of(GeocodedLocation location) {
    return new LocatedAddress(
        location.point().latitude(),
        location.point().longitude(),
        location.approximate(),
        location.source());
  }
}
