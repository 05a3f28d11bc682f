package org.careroute.application.calendar;

/**
 * The secret of a calendar feed, shown once when it is made: only its hash is kept, so it cannot be
 * shown again, only replaced or revoked.
 */
public record CalendarFeedLink(String secret) {}
