package org.careroute.infrastructure.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.careroute.domain.model.geocoding.PostalCodeAreaRepository;
import org.careroute.domain.service.Geocoder;
import org.careroute.infrastructure.geocoding.FirstFoundGeocoder;
import org.careroute.infrastructure.geocoding.NominatimGeocoder;
import org.careroute.infrastructure.geocoding.PostalCodeGeocoder;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The practice's geocoder: the Nominatim-compatible service at {@code careroute.geocoder.url} when
 * one is set (a closed network has none), then the practice's postal-code table.
 */
@ApplicationScoped
public class GeocoderConfiguration {

  @Inject
  @ConfigProperty(name = "careroute.geocoder.url")
  Optional<String> url;

  // Short: a patient waits for it while registering, and the table answers at once.
  @Inject
  @ConfigProperty(name = "careroute.geocoder.timeout-ms", defaultValue = "3000")
  long timeoutMillis;

  @Inject PostalCodeAreaRepository postalCodes;

  @Produces
  @ApplicationScoped
  Geocoder geocoder() {
    return chain(url, Duration.ofMillis(timeoutMillis), postalCodes);
  }

  /** The geocoders in the order they are asked. */
  public static FirstFoundGeocoder chain(
      Optional<String> url, Duration timeout, PostalCodeAreaRepository postalCodes) {
    List<Geocoder> geocoders = new ArrayList<>();
    url.map(String::strip)
        .filter(u -> !u.isEmpty() && !u.equals("none"))
        .ifPresent(u -> geocoders.add(new NominatimGeocoder(URI.create(u), timeout)));
    geocoders.add(new PostalCodeGeocoder(postalCodes));
    return new FirstFoundGeocoder(geocoders);
  }
}
