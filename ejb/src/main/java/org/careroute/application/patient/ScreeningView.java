package org.careroute.application.patient;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.careroute.application.TimeView;
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
    OffsetDateTime submittedAt,
    String reviewedBy,
    OffsetDateTime reviewedAt,
    /** Why a clinician declined treatment, for the patient; null unless DECLINED. */
    String declineReason) {

  /** The screening, its times in {@code zone} (the clinic the patient is treated at). */
  public static ScreeningView of(Screening s, ZoneId zone) {
    return new ScreeningView(
        s.id(),
        s.patient().id(),
        s.patient().fullName(),
        s.status(),
        s.monitoringLevel(),
        s.riskFactors(),
        s.status() == ScreeningStatus.HOLD,
        TimeView.at(s.submittedAt(), zone),
        s.reviewedBy(),
        TimeView.at(s.reviewedAt(), zone),
        s.declineReason().orElse(null));
  }
}
