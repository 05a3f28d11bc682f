package org.careroute.application.patient;

import java.time.Instant;
import java.util.List;
import org.careroute.domain.model.patient.MonitoringLevel;
import org.careroute.domain.model.patient.Screening;
import org.careroute.domain.model.patient.ScreeningStatus;

/** A screening's outcome: what it means for the patient's bookings, and why. */
public record ScreeningView(
    Long id,
    Long patientId,
    String patientName,
    ScreeningStatus status,
    MonitoringLevel monitoringLevel,
    List<String> riskFactors,
    boolean clinicianApprovalRequired,
    Instant submittedAt,
    String reviewedBy,
    Instant reviewedAt) {

  public static ScreeningView of(Screening s) {
    return new ScreeningView(
        s.id(),
        s.patient().id(),
        s.patient().fullName(),
        s.status(),
        s.monitoringLevel(),
        s.riskFactors(),
        s.status() == ScreeningStatus.HOLD,
        s.submittedAt(),
        s.reviewedBy(),
        s.reviewedAt());
  }
}
