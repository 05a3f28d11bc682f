package org.careroute.application.booking;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import org.careroute.domain.model.treatment.CareSetting;

/**
 * A whole series: the first session in the given window, each next one between the minimum and
 * maximum gap after the one before, on the earliest days from which the whole series fits, each as
 * close to the first session's time of day as capacity allows.
 */
public record SeriesBooking(
    @NotNull(message = "Choose a treatment.") Long treatmentId,
    @NotNull(message = "Choose CLINIC or HOME.") CareSetting setting,
    @NotNull(message = "Choose a clinic.") Long clinicId,
    @NotNull(message = "Choose the time of the first session.") OffsetDateTime firstWindowStart,
    OffsetDateTime firstWindowEnd,
    @SeriesConstraints.Sessions Integer sessions,
    @SeriesConstraints.MinGapDays Integer minGapDays,
    @SeriesConstraints.MaxGapDays Integer maxGapDays,
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
