package org.careroute.application.calendar;

import jakarta.validation.constraints.NotNull;
import org.careroute.application.Caller;

/**
 * Calendars for patients (their bookings) and nurses (their visits). A feed carries no patient
 * names: calendar apps copy it to places the practice does not control.
 */
public interface CalendarService {

  /** One booking the caller may see, as a calendar file. */
  String appointmentCalendar(@NotNull Caller caller, long appointmentId);

  /** Whether the caller has a feed link that works. */
  boolean hasFeed(@NotNull Caller caller);

  /** A new secret feed link for the caller; any earlier link stops working. */
  CalendarFeedLink renewFeed(@NotNull Caller caller);

  void revokeFeed(@NotNull Caller caller);

  /** The calendar behind a feed secret: the patient's bookings or the nurse's visits. */
  String feed(@NotNull(message = "The calendar link is incomplete.") String secret);
}
