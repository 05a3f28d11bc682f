package org.careroute.infrastructure.geocoding;

import java.util.Optional;
import org.careroute.domain.model.geocoding.PostalCodeAreaRepository;
import org.careroute.domain.service.GeocodedLocation;
import org.careroute.domain.service.Geocoder;
import org.careroute.domain.shared.StreetAddress;

/** Puts an address at the middle of its postal code's area: always approximate. */
public class PostalCodeGeocoder implements Geocoder {

  private final PostalCodeAreaRepository areas;

  public PostalCodeGeocoder(PostalCodeAreaRepository areas) {
    this.areas = areas;
  }

  @Override
  public Optional<GeocodedLocation> locate(StreetAddress address) {
    return areas
        .find(address.postalCode())
        .map(
            area ->
                new GeocodedLocation(area.centroid(), true, GeocodedLocation.Source.POSTAL_CODE));
  }
}
