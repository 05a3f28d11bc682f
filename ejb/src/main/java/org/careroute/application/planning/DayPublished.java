package org.careroute.application.planning;

import java.time.LocalDate;

/** A day's plan was published; observers inside the transaction write what it sets in motion. */
public record DayPublished(long clinicId, LocalDate day) {}
