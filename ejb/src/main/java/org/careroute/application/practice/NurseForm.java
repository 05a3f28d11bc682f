package org.careroute.application.practice;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.careroute.domain.model.staff.Certification;

/**
 * A nurse's record. The email is the nurse's login; a password, when given on creation, opens the
 * nurse's account.
 */
public record NurseForm(
    @NotBlank(message = "Give the nurse's full name.")
        @Size(max = 120, message = "A name has at most 120 characters.")
        String fullName,
    @NotBlank(message = "Give the nurse's email address.")
        @Email(message = "Enter a valid email address.")
        @Size(max = 254, message = "An email address has at most 254 characters.")
        String email,
    @NotNull(message = "List the certifications (may be empty).")
        Set<@NotNull Certification> certifications,
    @NotNull(message = "Give the home base latitude.")
        @DecimalMin(value = "-90", message = "Latitude lies between -90 and 90.")
        @DecimalMax(value = "90", message = "Latitude lies between -90 and 90.")
        Double homeLatitude,
    @NotNull(message = "Give the home base longitude.")
        @DecimalMin(value = "-180", message = "Longitude lies between -180 and 180.")
        @DecimalMax(value = "180", message = "Longitude lies between -180 and 180.")
        Double homeLongitude,
    Boolean active,
    @Size(min = 10, max = 128, message = "A password has 10 to 128 characters.") String password,
    /** Confirms that bookings the change would leave without a place be placed anew. */
    Boolean replaceBookings) {

  public boolean replacesBookings() {
    return Boolean.TRUE.equals(replaceBookings);
  }
}
