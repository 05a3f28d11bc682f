package org.careroute.application.booking;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.careroute.domain.model.booking.Series;
import org.careroute.domain.model.booking.SeriesShape;

/** First times to look for, on the days of {@code firstSession}, for a whole series. */
public record SeriesAvailabilityQuery(
    @NotNull @Valid AvailabilityQuery firstSession,
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
        Integer maxGapDays) {

  @AssertTrue(message = "The maximum gap must not be less than the minimum gap.")
  public boolean isGapOrdered() {
    return minGapDays == null || maxGapDays == null || maxGapDays >= minGapDays;
  }

  public SeriesShape shape() {
    return new SeriesShape(sessions, minGapDays, maxGapDays);
  }
}
