package org.careroute.application.waitlist;

import java.time.OffsetDateTime;

/** A place offered from the waitlist, as its mail's links show it. */
public record WaitlistOfferView(
    String treatmentName,
    String clinicName,
    String setting,
    OffsetDateTime windowStart,
    OffsetDateTime windowEnd,
    OffsetDateTime expiresAt,
    String status) {}
