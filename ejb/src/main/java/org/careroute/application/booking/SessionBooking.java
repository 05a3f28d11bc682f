package org.careroute.application.booking;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import org.careroute.domain.model.treatment.CareSetting;

/**
 * One session to book. In the clinic the window is a start time ({@code windowEnd} omitted); at
 * home it is the arrival window. Staff who arrange bookings name the patient; patients book for
 * themselves.
 */
public record SessionBooking(
    @NotNull(message = "Choose a treatment.") Long treatmentId,
    @NotNull(message = "Choose CLINIC or HOME.") CareSetting setting,
    @NotNull(message = "Choose a clinic.") Long clinicId,
    @NotNull(message = "Choose a time.") OffsetDateTime windowStart,
    OffsetDateTime windowEnd,
    Long patientId) {

  @AssertTrue(message = "The window must not end before it starts.")
  public boolean isWindowOrdered() {
    return windowStart == null || windowEnd == null || !windowEnd.isBefore(windowStart);
  }
}
