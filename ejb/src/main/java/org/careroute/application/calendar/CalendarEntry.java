package org.careroute.application.calendar;

import java.time.Instant;

/** One event of a calendar file; {@code uid} stays the same for the same booking in every file. */
public record CalendarEntry(
    String uid,
    Instant start,
    Instant end,
    String summary,
    String location,
    String description,
    boolean cancelled) {}
