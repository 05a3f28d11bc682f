package org.careroute.application.calendar;

import java.util.List;

/** Writes events as an iCalendar (RFC 5545) text. */
public interface CalendarWriter {

  String write(String calendarName, List<CalendarEntry> entries);
}
