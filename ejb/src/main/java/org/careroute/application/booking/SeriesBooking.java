package org.careroute.application.booking;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import org.careroute.domain.model.booking.Series;
import org.careroute.domain.model.treatment.CareSetting;

/**
 * A whole series: the first session in the given window, each next one between the minimum and
 * maximum gap after the one before, as close to the first session's time of day as capacity allows.
 */
public record SeriesBooking(
    @NotNull(message = "Choose a treatment.") Long treatmentId,
    @NotNull(message = "Choose CLINIC or HOME.") CareSetting setting,
    @NotNull(message = "Choose a clinic.") Long clinicId,
    @NotNull(message = "Choose the time of the first session.") OffsetDateTime firstWindowStart,
    OffsetDateTime firstWindowEnd,
    @NotNull(message = "Say how many sessions.")
        @Min(value = 1, message = "A series has at least 1 session.")
        @Max(
            value = Series.MAX_SESSIONS,
            message = "A series has at most " + Series.MAX_SESSIONS + " sessions.")
        Integer sessions,
    @NotNull(message = "Give the minimum gap in days.")
        @Min(value = 1, message = "The minimum gap is at least 1 day.")
        Integer minGapDays,
    @NotNull(message = "Give the maximum gap in days.")
        @Max(
            value = Series.MAX_GAP_DAYS,
            message = "The maximum gap is at most " + Series.MAX_GAP_DAYS + " days.")
        Integer maxGapDays,
    Long patientId) {

  @AssertTrue(message = "The maximum gap must not be less than the minimum gap.")
  public boolean isGapOrdered() {
    return minGapDays == null || maxGapDays == null || maxGapDays >= minGapDays;
  }

  public SessionBooking firstSession() {
    return new SessionBooking(
        treatmentId, setting, clinicId, firstWindowStart, firstWindowEnd, patientId);
  }
}
