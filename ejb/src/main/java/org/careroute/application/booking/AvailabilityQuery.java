package org.careroute.application.booking;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.careroute.domain.model.treatment.CareSetting;

/**
 * Which windows to look for: days are calendar days in the clinic's time zone, both included. For a
 * session of a series being moved, only days that keep the series' gaps are searched.
 */
public record AvailabilityQuery(
    @NotNull(message = "Choose a treatment.") Long treatmentId,
    @NotNull(message = "Choose CLINIC or HOME.") CareSetting setting,
    @NotNull(message = "Choose a clinic.") Long clinicId,
    @NotNull(message = "Give the first day (YYYY-MM-DD).") LocalDate from,
    @NotNull(message = "Give the last day (YYYY-MM-DD).") LocalDate to,
    Long patientId,
    /** A booking being moved: only windows it may move to are offered. */
    Long movingAppointmentId) {

  public static final int MAX_DAYS = 31;

  @AssertTrue(message = "Ask for at most 31 days, with the last day not before the first.")
  public boolean isRangeReasonable() {
    return from == null
        || to == null
        || (!to.isBefore(from) && ChronoUnit.DAYS.between(from, to) < MAX_DAYS);
  }
}
