package org.careroute.application.planning;

import java.util.List;

/**
 * What an event changed: the bookings that now need re-planning, and a sentence for the dispatcher.
 */
public record DayEventResult(DayEventKind kind, List<Long> affectedAppointments, String summary) {}
