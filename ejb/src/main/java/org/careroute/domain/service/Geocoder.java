package org.careroute.domain.service;

import java.util.Optional;
import org.careroute.domain.shared.StreetAddress;

/**
 * Finds where an address is. Implementations never log the address: it is health data.
 *
 * <p>Empty means the address was not found; {@link GeocoderUnavailableException} means the geocoder
 * could not be asked, so that a caller can try another.
 */
public interface Geocoder {

  Optional<GeocodedLocation> locate(StreetAddress address);
}
