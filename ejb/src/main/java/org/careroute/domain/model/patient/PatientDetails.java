package org.careroute.domain.model.patient;

import java.time.LocalDate;
import org.careroute.domain.shared.GeoPoint;
import org.careroute.domain.shared.StreetAddress;

/**
 * What a patient tells about themselves. The street address, when given, is the home address; the
 * home location may be unknown, and is approximate when only the postal code placed it.
 */
public record PatientDetails(
    String fullName,
    LocalDate dateOfBirth,
    String phone,
    String homeAddress,
    StreetAddress streetAddress,
    GeoPoint homeLocation,
    boolean homeLocationApproximate) {

  public PatientDetails {
    if (streetAddress != null) {
      homeAddress = streetAddress.oneLine();
    }
  }

  /** An address on one line and the exact place it is at (as the demo practice knows them). */
  public PatientDetails(
      String fullName,
      LocalDate dateOfBirth,
      String phone,
      String homeAddress,
      GeoPoint homeLocation) {
    this(fullName, dateOfBirth, phone, homeAddress, null, homeLocation, false);
  }

  public PatientDetails withHomeLocation(GeoPoint location, boolean approximate) {
    return new PatientDetails(
        fullName, dateOfBirth, phone, homeAddress, streetAddress, location, approximate);
  }
}
