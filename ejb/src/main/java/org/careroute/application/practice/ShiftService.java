package org.careroute.application.practice;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

/**
 * Nurses' shifts, kept by admins: one at a time or as a weekly pattern over several weeks. A change
 * or deletion that would leave bookings without a place is guarded as every change of the practice
 * is ({@link AffectedBookingsException}).
 */
public interface ShiftService {

  List<ShiftView> shiftsOf(long nurseId, @NotNull LocalDate from, @NotNull LocalDate to);

  ShiftView shift(long shiftId);

  ShiftView addShift(
      long nurseId, @NotNull(message = "Send the shift as a JSON body.") @Valid ShiftForm form);

  ShiftView updateShift(
      long shiftId, @NotNull(message = "Send the shift as a JSON body.") @Valid ShiftForm form);

  /**
   * Deletes a shift; {@code replaceBookings} confirms that the bookings it carries be placed anew.
   * Answers the deleted shift with the bookings that moved.
   */
  ShiftView deleteShift(long shiftId, boolean replaceBookings);

  /** The shifts a weekly pattern would create, and those it skips; nothing is written. */
  ShiftPatternView previewPattern(
      long nurseId,
      @NotNull(message = "Send the weekly pattern as a JSON body.") @Valid ShiftPatternForm form);

  /** Creates the shifts of a weekly pattern, skipping the days the nurse already works then. */
  ShiftPatternView addPattern(
      long nurseId,
      @NotNull(message = "Send the weekly pattern as a JSON body.") @Valid ShiftPatternForm form);
}
