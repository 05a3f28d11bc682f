package org.careroute.application.booking;

import java.time.OffsetDateTime;

/** A window the practice can promise: a clinic start (start equals end) or a home arrival window. */
public record OfferedWindow(OffsetDateTime start, OffsetDateTime end) {}
