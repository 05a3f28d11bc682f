package org.careroute.application.practice;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A chair's label, and whether it is in use. */
public record ChairForm(
    @NotBlank(message = "Label the chair.")
        @Size(max = 40, message = "A label has at most 40 characters.")
        String label,
    Boolean active,
    /** Confirms that bookings the change would leave without a place be placed anew. */
    Boolean replaceBookings) {

  public boolean replacesBookings() {
    return Boolean.TRUE.equals(replaceBookings);
  }
}
