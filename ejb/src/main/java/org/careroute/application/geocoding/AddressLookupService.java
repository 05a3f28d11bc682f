package org.careroute.application.geocoding;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Finds addresses for people registering or editing their profile. Nothing is stored, and the
 * address is never logged.
 */
public interface AddressLookupService {

  /** Where the address is; a 404 problem when neither the geocoder nor the table knows it. */
  LocatedAddress locate(@NotNull(message = "Give the address to find.") @Valid AddressQuery query);
}
