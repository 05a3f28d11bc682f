package org.careroute.domain.model.patient;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.careroute.domain.shared.BusinessConflictException;

/**
 * One submission of the screening questionnaire: the root of the Screening aggregate. The newest
 * screening of a patient decides the monitoring level and whether bookings wait for a clinician.
 */
@Entity
@Table(name = "screening")
public class Screening {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "patient_id")
  private Patient patient;

  @Embedded private ScreeningAnswers answers;

  @Enumerated(EnumType.STRING)
  @Column(name = "monitoring_level", nullable = false, length = 10)
  private MonitoringLevel monitoringLevel;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private ScreeningStatus status;

  @Column(name = "risk_factors", length = 250)
  private String riskFactors;

  @Column(name = "submitted_at", nullable = false)
  private Instant submittedAt;

  @Column(name = "reviewed_by", length = 254)
  private String reviewedBy;

  @Column(name = "reviewed_at")
  private Instant reviewedAt;

  /** Why a clinician declined treatment, in words for the patient. */
  @Column(name = "decline_reason", length = 500)
  private String declineReason;

  @Version private long version;

  protected Screening() {}

  public Screening(Patient patient, ScreeningAnswers answers, LocalDate today, Instant now) {
    this.patient = patient;
    this.answers = answers;
    this.submittedAt = now;
    List<String> risks = answers.riskFactors(patient.dateOfBirth(), today);
    this.riskFactors = String.join(", ", risks);
    this.monitoringLevel = risks.isEmpty() ? MonitoringLevel.STANDARD : MonitoringLevel.ENHANCED;
    this.status = risks.isEmpty() ? ScreeningStatus.CLEARED : ScreeningStatus.HOLD;
  }

  public void approve(String clinician, Instant now) {
    review(ScreeningStatus.APPROVED, "approved", clinician, now);
  }

  /**
   * The clinician declines treatment for now; {@code reason} is what the patient reads. The
   * patient's held bookings are then released by the caller.
   */
  public void decline(String clinician, String reason, Instant now) {
    review(ScreeningStatus.DECLINED, "declined", clinician, now);
    declineReason = reason;
  }

  /** A clinician's decision on the held screening; {@code verb} names it for the refusal. */
  private void review(ScreeningStatus outcome, String verb, String clinician, Instant now) {
    if (status != ScreeningStatus.HOLD) {
      throw new BusinessConflictException(
          "Only a screening on hold can be " + verb + "; this one is " + status + ".");
    }
    status = outcome;
    reviewedBy = clinician;
    reviewedAt = now;
  }

  public boolean allowsConfirmedBookings() {
    return status == ScreeningStatus.CLEARED || status == ScreeningStatus.APPROVED;
  }

  public boolean isDeclined() {
    return status == ScreeningStatus.DECLINED;
  }

  public Optional<String> declineReason() {
    return Optional.ofNullable(declineReason);
  }

  public Long id() {
    return id;
  }

  public Patient patient() {
    return patient;
  }

  public ScreeningAnswers answers() {
    return answers;
  }

  public MonitoringLevel monitoringLevel() {
    return monitoringLevel;
  }

  public ScreeningStatus status() {
    return status;
  }

  public List<String> riskFactors() {
    return riskFactors == null || riskFactors.isBlank()
        ? List.of()
        : List.of(riskFactors.split(", "));
  }

  public Instant submittedAt() {
    return submittedAt;
  }

  public String reviewedBy() {
    return reviewedBy;
  }

  public Instant reviewedAt() {
    return reviewedAt;
  }
}
