package org.careroute.application.booking;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import org.careroute.domain.model.booking.SeriesShape;

/** First times to look for, on the days of {@code firstSession}, for a whole series. */
public record SeriesAvailabilityQuery(
    @NotNull @Valid AvailabilityQuery firstSession,
    @SeriesConstraints.Sessions Integer sessions,
    @SeriesConstraints.MinGapDays Integer minGapDays,
    @SeriesConstraints.MaxGapDays Integer maxGapDays) {

  @AssertTrue(message = "The maximum gap must not be less than the minimum gap.")
  public boolean isGapOrdered() {
    return minGapDays == null || maxGapDays == null || maxGapDays >= minGapDays;
  }

  public SeriesShape shape() {
    return new SeriesShape(sessions, minGapDays, maxGapDays);
  }
}
