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
import org.careroute.domain.model.patient.PatientDetails;
import org.careroute.domain.shared.GeoPoint;

/** What a patient tells about themselves. Home coordinates are needed only for home visits. */
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
    @Size(max = 250, message = "An address has at most 250 characters.") String homeAddress,
    @DecimalMin(value = "-90", message = "Latitude lies between -90 and 90.")
        @DecimalMax(value = "90", message = "Latitude lies between -90 and 90.")
        Double homeLatitude,
    @DecimalMin(value = "-180", message = "Longitude lies between -180 and 180.")
        @DecimalMax(value = "180", message = "Longitude lies between -180 and 180.")
        Double homeLongitude) {

  @AssertTrue(message = "Give both home latitude and longitude, or neither.")
  public boolean isHomeLocationComplete() {
    return (homeLatitude == null) == (homeLongitude == null);
  }

  public PatientDetails toDetails() {
    GeoPoint home = homeLatitude == null ? null : new GeoPoint(homeLatitude, homeLongitude);
    return new PatientDetails(fullName.strip(), dateOfBirth, phone, homeAddress, home);
  }
}
