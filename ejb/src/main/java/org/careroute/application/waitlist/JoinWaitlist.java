package org.careroute.application.waitlist;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import org.careroute.domain.model.treatment.CareSetting;

/**
 * What a waiting patient can take: days are the clinic's calendar days, both included; times of day
 * are the clinic's wall clock. The front desk names the patient; patients join for themselves.
 */
public record JoinWaitlist(
    @NotNull(message = "Choose a treatment.") Long treatmentId,
    @NotNull(message = "Choose CLINIC or HOME.") CareSetting setting,
    @NotNull(message = "Choose a clinic.") Long clinicId,
    @NotNull(message = "Give the first day you can come (YYYY-MM-DD).") LocalDate firstDay,
    @NotNull(message = "Give the last day you can come (YYYY-MM-DD).") LocalDate lastDay,
    @NotNull(message = "Give the earliest time of day you can start (HH:MM).") LocalTime earliest,
    @NotNull(message = "Give the latest time of day you can start (HH:MM).") LocalTime latest,
    Long patientId) {

  public static final int MAX_DAYS = 92;

  @AssertTrue(message = "The last day must not be before the first, and at most 92 days after it.")
  public boolean isRangeReasonable() {
    return firstDay == null
        || lastDay == null
        || (!lastDay.isBefore(firstDay) && ChronoUnit.DAYS.between(firstDay, lastDay) < MAX_DAYS);
  }

  @AssertTrue(message = "The latest time of day must not be before the earliest.")
  public boolean isTimeOfDayOrdered() {
    return earliest == null || latest == null || !latest.isBefore(earliest);
  }
}
