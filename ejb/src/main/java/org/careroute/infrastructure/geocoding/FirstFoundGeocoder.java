package org.careroute.infrastructure.geocoding;

import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.careroute.domain.service.GeocodedLocation;
import org.careroute.domain.service.Geocoder;
import org.careroute.domain.service.GeocoderUnavailableException;
import org.careroute.domain.shared.StreetAddress;

/**
 * Asks each geocoder in turn and keeps the first location found; one that fails or finds nothing
 * hands over to the next, so an unreachable service falls back to the postal-code table.
 */
public class FirstFoundGeocoder implements Geocoder {

  private static final Logger LOG = Logger.getLogger(FirstFoundGeocoder.class.getName());

  private final List<Geocoder> geocoders;

  public FirstFoundGeocoder(List<Geocoder> geocoders) {
    this.geocoders = List.copyOf(geocoders);
  }

  @Override
  public Optional<GeocodedLocation> locate(StreetAddress address) {
    for (Geocoder geocoder : geocoders) {
      try {
        Optional<GeocodedLocation> found = geocoder.locate(address);
        if (found.isPresent()) {
          return found;
        }
      } catch (GeocoderUnavailableException e) {
        // The message and cause never carry the address; the address itself is not logged.
        LOG.log(
            Level.WARNING,
            "{0} failed ({1}: {2}); trying the next geocoder",
            new Object[] {
              geocoder.getClass().getSimpleName(),
              e.getCause() == null ? "-" : e.getCause().getClass().getSimpleName(),
              e.getMessage()
            });
      }
    }
    return Optional.empty();
  }

  public List<Geocoder> geocoders() {
    return geocoders;
  }
}
