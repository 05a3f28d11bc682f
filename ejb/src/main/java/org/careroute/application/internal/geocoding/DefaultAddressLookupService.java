package org.careroute.application.internal.geocoding;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.executable.ValidateOnExecution;
import org.careroute.application.geocoding.AddressLookupService;
import org.careroute.application.geocoding.AddressQuery;
import org.careroute.application.geocoding.LocatedAddress;
import org.careroute.domain.service.Geocoder;
import org.careroute.domain.shared.RecordNotFoundException;

// Makes Hibernate Validator intercept this bean: it misses constraints declared only on interfaces
// (HV-994).
@ValidateOnExecution
@Stateless
public class DefaultAddressLookupService implements AddressLookupService {

  static final String NOT_FOUND =
      "We could not find this address. Check the postal code, or put the pin on your home on the"
          + " map yourself.";

  @Inject Geocoder geocoder;

  @Override
  public LocatedAddress locate(AddressQuery query) {
    return geocoder
        .locate(query.toAddress())
        .map(LocatedAddress::of)
        .orElseThrow(() -> new RecordNotFoundException(NOT_FOUND));
  }
}
