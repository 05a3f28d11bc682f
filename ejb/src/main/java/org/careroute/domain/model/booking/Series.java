package org.careroute.domain.model.booking;

import jakarta.persistence.Column;
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
import org.careroute.domain.model.clinic.Clinic;
import org.careroute.domain.model.patient.Patient;
import org.careroute.domain.model.treatment.CareSetting;
import org.careroute.domain.model.treatment.TreatmentType;
import org.careroute.domain.shared.InvalidRequestException;

/**
 * A course of treatment sessions: the root of the Series aggregate. Chronic-pain treatment starts
 * low and builds up over several sessions; between two consecutive sessions lie at least {@code
 * minGapDays} and at most {@code maxGapDays} calendar days in the clinic's time zone.
 */
@Entity
@Table(name = "treatment_series")
public class Series {

  public static final int MAX_SESSIONS = 12;
  public static final int MAX_GAP_DAYS = 90;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "patient_id")
  private Patient patient;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "treatment_type_id")
  private TreatmentType treatment;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "clinic_id")
  private Clinic clinic;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private CareSetting setting;

  @Column(name = "session_count", nullable = false)
  private int sessionCount;

  @Column(name = "min_gap_days", nullable = false)
  private int minGapDays;

  @Column(name = "max_gap_days", nullable = false)
  private int maxGapDays;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private long version;

  protected Series() {}

  public Series(
      Patient patient,
      TreatmentType treatment,
      Clinic clinic,
      CareSetting setting,
      int sessionCount,
      int minGapDays,
      int maxGapDays,
      Instant now) {
    if (sessionCount < 1 || sessionCount > MAX_SESSIONS) {
      throw new InvalidRequestException(
          "sessions", "A series has 1 to " + MAX_SESSIONS + " sessions.");
    }
    if (minGapDays < 1 || maxGapDays < minGapDays || maxGapDays > MAX_GAP_DAYS) {
      throw new InvalidRequestException(
          "maxGapDays",
          "The gap between sessions must be at least 1 day, and the maximum no less than the minimum and at most "
              + MAX_GAP_DAYS
              + " days.");
    }
    this.patient = patient;
    this.treatment = treatment;
    this.clinic = clinic;
    this.setting = setting;
    this.sessionCount = sessionCount;
    this.minGapDays = minGapDays;
    this.maxGapDays = maxGapDays;
    this.createdAt = now;
  }

  /** Whether two consecutive sessions on these days keep the series' gap. */
  public boolean gapAllowed(LocalDate earlier, LocalDate later) {
    return shape().gapAllowed(earlier, later);
  }

  public SeriesShape shape() {
    return new SeriesShape(sessionCount, minGapDays, maxGapDays);
  }

  public Long id() {
    return id;
  }

  public Patient patient() {
    return patient;
  }

  public TreatmentType treatment() {
    return treatment;
  }

  public Clinic clinic() {
    return clinic;
  }

  public CareSetting setting() {
    return setting;
  }

  public int sessionCount() {
    return sessionCount;
  }

  public int minGapDays() {
    return minGapDays;
  }

  public int maxGapDays() {
    return maxGapDays;
  }
}
