package org.careroute.application.patient;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.careroute.application.geocoding.PostalCodes;
import org.careroute.domain.model.patient.PatientDetails;
import org.careroute.domain.shared.GeoPoint;
import org.careroute.domain.shared.StreetAddress;

/**
 * What a patient tells about themselves. The home address (street, postal code, city) is needed
 * only for home visits; without coordinates the practice's geocoder locates it, and coordinates the
 * patient confirmed on the map are exact unless {@code homeLocationApproximate} says otherwise.
 */
public record PatientProfile(
    @NotBlank(message = "Enter your full name.")
        @Size(max = 120, message = "A name has at most 120 characters.")
        String fullName,
    @NotNull(message = "Enter your date of birth.")
        @Past(message = "A date of birth lies in the past.")
        LocalDate dateOfBirth,
    @Pattern(
            regexp = "\\+?[0-9 ()-]{6,40}",
            message = "Enter a phone number of digits, spaces, +, ( ) or -.")
        String phone,
    @Size(max = 150, message = "A street has at most 150 characters.") String homeStreet,
    @Pattern(regexp = PostalCodes.PATTERN, message = PostalCodes.MESSAGE) String homePostalCode,
    @Size(max = 80, message = "A city has at most 80 characters.") String homeCity,
    @DecimalMin(value = "-90", message = "Latitude lies between -90 and 90.")
        @DecimalMax(value = "90", message = "Latitude lies between -90 and 90.")
        Double homeLatitude,
    @DecimalMin(value = "-180", message = "Longitude lies between -180 and 180.")
        @DecimalMax(value = "180", message = "Longitude lies between -180 and 180.")
        Double homeLongitude,
    Boolean homeLocationApproximate) {

  @AssertTrue(message = "Give both home latitude and longitude, or neither.")
  public boolean isHomeLocationComplete() {
    return (homeLatitude == null) == (homeLongitude == null);
  }

  @AssertTrue(
      message = "Give the street and house number, postal code and city, or leave all three empty.")
  public boolean isHomeAddressComplete() {
    long given =
        Stream.of(homeStreet, homePostalCode, homeCity).filter(PatientProfile::given).count();
    return given == 0 || given == 3;
  }

  public boolean hasHomeAddress() {
    return given(homeStreet) && given(homePostalCode) && given(homeCity);
  }

  public PatientDetails toDetails() {
    StreetAddress address =
        hasHomeAddress() ? new StreetAddress(homeStreet, homePostalCode, homeCity) : null;
    GeoPoint home = homeLatitude == null ? null : new GeoPoint(homeLatitude, homeLongitude);
    return new PatientDetails(
        fullName.strip(),
        dateOfBirth,
        given(phone) ? phone.strip() : null,
        null,
        address,
        home,
        Boolean.TRUE.equals(homeLocationApproximate));
  }

  private static boolean given(String value) {
    return value != null && !value.isBlank();
  }
}
