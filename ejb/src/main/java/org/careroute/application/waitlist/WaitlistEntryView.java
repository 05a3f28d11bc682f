package org.careroute.application.waitlist;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;

/** A place on the waitlist as the patient and the desk see it, with the place offered now. */
public record WaitlistEntryView(
    long id,
    long patientId,
    String patientName,
    String treatmentName,
    String clinicName,
    String setting,
    LocalDate firstDay,
    LocalDate lastDay,
    LocalTime earliest,
    LocalTime latest,
    String status,
    OffsetDateTime joinedAt,
    OffsetDateTime offeredStart,
    OffsetDateTime offerExpiresAt) {}
