package org.careroute.application.booking;

import java.util.List;

/** A booked series and its sessions in order. */
public record SeriesView(
    Long id, int sessionCount, int minGapDays, int maxGapDays, List<AppointmentView> sessions) {}
