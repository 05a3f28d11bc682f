package org.careroute.application.booking;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.careroute.application.Caller;

/**
 * Booking and changing sessions. Capacity is checked and taken in one transaction with the clinic
 * days it touches locked, so no chair, 1:1 nurse or ratio place is ever promised twice.
 */
public interface BookingService {

  AppointmentView book(
      @NotNull Caller caller,
      @NotNull(message = "Send the booking as a JSON body.") @Valid SessionBooking booking);

  /** Books every session of the series within its gaps, or none of them. */
  SeriesView bookSeries(
      @NotNull Caller caller,
      @NotNull(message = "Send the series as a JSON body.") @Valid SeriesBooking booking);

  /** The caller's own appointments, oldest first. */
  List<AppointmentView> appointmentsOf(@NotNull Caller caller);

  AppointmentView appointment(@NotNull Caller caller, long appointmentId);

  AppointmentView cancel(@NotNull Caller caller, long appointmentId);

  AppointmentView reschedule(
      @NotNull Caller caller,
      long appointmentId,
      @NotNull(message = "Send the new window as a JSON body.") @Valid Rescheduling rescheduling);

  /**
   * The windows in which the session could be booked now, earliest first; for a session of a series
   * being moved, only those that keep the series' gaps.
   */
  List<OfferedWindow> availability(@NotNull Caller caller, @NotNull @Valid AvailabilityQuery query);

  /**
   * The first times from which the whole series fits, each with the sessions booking it would make;
   * when none, what would fit (fewer sessions, wider gaps, another clinic).
   */
  SeriesAvailability seriesAvailability(
      @NotNull Caller caller, @NotNull @Valid SeriesAvailabilityQuery query);
}
