package org.careroute.domain.model.waitlist;

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
import java.time.LocalTime;
import java.util.Objects;
import org.careroute.domain.model.clinic.Clinic;
import org.careroute.domain.model.patient.Patient;
import org.careroute.domain.model.patient.Screening;
import org.careroute.domain.model.treatment.CareSetting;
import org.careroute.domain.model.treatment.TreatmentType;

/**
 * A patient waiting for a place: the root of the WaitlistEntry aggregate. It says what the patient
 * can take (treatment, clinic or home, which days, which times of day) and when they joined, which
 * orders the waiting patients.
 */
@Entity
@Table(name = "waitlist_entry")
public class WaitlistEntry {

  /** Where an entry stands. */
  public enum Status {
    WAITING,
    /** A place is offered and held for the patient now. */
    OFFERED,
    BOOKED,
    REMOVED
  }

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
  @Column(nullable = false)
  private CareSetting setting;

  @Column(name = "first_day", nullable = false)
  private LocalDate firstDay;

  @Column(name = "last_day", nullable = false)
  private LocalDate lastDay;

  @Column(name = "earliest_time", nullable = false)
  private LocalTime earliest;

  @Column(name = "latest_time", nullable = false)
  private LocalTime latest;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status;

  @Column(name = "joined_at", nullable = false)
  private Instant joinedAt;

  @Version private long version;

  protected WaitlistEntry() {}

  public WaitlistEntry(
      Patient patient,
      TreatmentType treatment,
      Clinic clinic,
      CareSetting setting,
      LocalDate firstDay,
      LocalDate lastDay,
      LocalTime earliest,
      LocalTime latest,
      Instant joinedAt) {
    this.patient = patient;
    this.treatment = treatment;
    this.clinic = clinic;
    this.setting = setting;
    this.firstDay = firstDay;
    this.lastDay = lastDay;
    this.earliest = earliest;
    this.latest = latest;
    this.status = Status.WAITING;
    this.joinedAt = joinedAt;
  }

  /** Whether a session starting then lies in the days and times of day the patient can come. */
  public boolean canCome(Instant start) {
    var local = start.atZone(clinic.zone());
    LocalTime time = local.toLocalTime();
    return !local.toLocalDate().isBefore(firstDay)
        && !local.toLocalDate().isAfter(lastDay)
        && !time.isBefore(earliest)
        && !time.isAfter(latest);
  }

  /**
   * Whether a place could be offered to this patient now: a screening that waits for a clinician
   * (HOLD), a declined one, or none at all means a place offered could not be confirmed.
   */
  public boolean screenedForBooking() {
    return patient.currentScreening().map(Screening::allowsConfirmedBookings).orElse(false);
  }

  /**
   * Whether this open entry already waits for what {@code other} asks: the same treatment, clinic
   * and setting on a day both include. Joining twice would only take two turns in the order.
   */
  public boolean alreadyCovers(WaitlistEntry other) {
    return (status == Status.WAITING || status == Status.OFFERED)
        && Objects.equals(treatment.id(), other.treatment.id())
        && Objects.equals(clinic.id(), other.clinic.id())
        && setting == other.setting
        && !firstDay.isAfter(other.lastDay)
        && !lastDay.isBefore(other.firstDay);
  }

  public void offered() {
    status = Status.OFFERED;
  }

  /** The offer ended without a booking: the patient waits on, in their place in the order. */
  public void waitAgain() {
    if (status == Status.OFFERED) {
      status = Status.WAITING;
    }
  }

  public void booked() {
    status = Status.BOOKED;
  }

  public void remove() {
    status = Status.REMOVED;
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

  public LocalDate firstDay() {
    return firstDay;
  }

  public LocalDate lastDay() {
    return lastDay;
  }

  public LocalTime earliest() {
    return earliest;
  }

  public LocalTime latest() {
    return latest;
  }

  public Status status() {
    return status;
  }

  public Instant joinedAt() {
    return joinedAt;
  }
}
