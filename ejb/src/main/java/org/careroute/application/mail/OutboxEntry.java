package org.careroute.application.mail;

import java.time.Instant;

/** A message of the outbox as an admin sees it: to whom, what about, and how sending went. */
public record OutboxEntry(
    long id,
    String kind,
    String recipient,
    String subject,
    String status,
    Instant dueAt,
    int attempts,
    String lastError,
    Instant sentAt,
    String sentBy,
    Long appointmentId,
    boolean calendarAttached) {}
