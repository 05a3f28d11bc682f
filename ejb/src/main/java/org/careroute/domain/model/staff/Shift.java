package org.careroute.domain.model.staff;

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
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.careroute.domain.model.clinic.Clinic;
import org.careroute.domain.shared.InvalidRequestException;
import org.careroute.domain.shared.TimeInterval;

/**
 * A nurse's working time: the root of the Shift aggregate. A clinic shift is worked in the clinic's
 * chairs; a field shift is a route that starts and ends at the nurse's home base and serves the
 * home visits dispatched from the clinic. The break, when there is one, is time in which the nurse
 * treats nobody.
 */
@Entity
@Table(name = "shift")
public class Shift {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "nurse_id")
  private Nurse nurse;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "clinic_id")
  private Clinic clinic;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private ShiftKind kind;

  @Column(name = "starts_at", nullable = false)
  private Instant startsAt;

  @Column(name = "ends_at", nullable = false)
  private Instant endsAt;

  @Column(name = "break_starts_at")
  private Instant breakStartsAt;

  @Column(name = "break_minutes", nullable = false)
  private int breakMinutes;

  /** How many treatment kits the nurse can carry on a field route; null when not limited. */
  @Column(name = "kit_capacity")
  private Integer kitCapacity;

  /**
   * How long past its end a field route may run, paid as overtime: the end plus this is the hard
   * limit.
   */
  @Column(name = "overtime_allowance_minutes", nullable = false)
  private int overtimeAllowanceMinutes;

  @Column(name = "called_off", nullable = false)
  private boolean calledOff;

  @Version private long version;

  protected Shift() {}

  public Shift(
      Nurse nurse,
      Clinic clinic,
      ShiftKind kind,
      TimeInterval hours,
      Instant breakStartsAt,
      int breakMinutes,
      Integer kitCapacity) {
    this.nurse = nurse;
    reschedule(clinic, kind, hours, breakStartsAt, breakMinutes, kitCapacity);
  }

  public final void reschedule(
      Clinic clinic,
      ShiftKind kind,
      TimeInterval hours,
      Instant breakStartsAt,
      int breakMinutes,
      Integer kitCapacity) {
    if (!hours.end().isAfter(hours.start())) {
      throw new InvalidRequestException("end", "A shift must end after it starts.");
    }
    if (hours.length().compareTo(Duration.ofHours(16)) > 0) {
      throw new InvalidRequestException("end", "A shift may last at most 16 hours.");
    }
    if ((breakStartsAt == null) != (breakMinutes == 0)) {
      throw new InvalidRequestException(
          "breakStart", "Give both a break start and a break length, or neither.");
    }
    if (breakStartsAt != null
        && !hours.contains(TimeInterval.of(breakStartsAt, Duration.ofMinutes(breakMinutes)))) {
      throw new InvalidRequestException("breakStart", "The break must lie within the shift.");
    }
    if (kind == ShiftKind.FIELD && !nurse.holdsAll(java.util.Set.of(Certification.HOME_VISIT))) {
      throw new InvalidRequestException(
          "kind", "Only a nurse certified for HOME_VISIT can work a field shift.");
    }
    this.clinic = clinic;
    this.kind = kind;
    this.startsAt = hours.start();
    this.endsAt = hours.end();
    this.breakStartsAt = breakStartsAt;
    this.breakMinutes = breakMinutes;
    this.kitCapacity = kitCapacity;
  }

  /** The nurse cannot work it (called in sick): it no longer counts as capacity anywhere. */
  public void callOff() {
    calledOff = true;
  }

  /** The nurse is back (a sick call taken back): the shift counts as capacity again. */
  public void resume() {
    calledOff = false;
  }

  public boolean isCalledOff() {
    return calledOff;
  }

  public TimeInterval hours() {
    return new TimeInterval(startsAt, endsAt);
  }

  public Optional<TimeInterval> breakTime() {
    return breakStartsAt == null
        ? Optional.empty()
        : Optional.of(TimeInterval.of(breakStartsAt, Duration.ofMinutes(breakMinutes)));
  }

  /**
   * The part of {@code interval} inside the break, when a colleague must watch this nurse's
   * patients.
   */
  public Optional<TimeInterval> breakWithin(TimeInterval interval) {
    return breakTime().flatMap(b -> b.intersection(interval));
  }

  /** Whether the nurse is working, not on a break, for the whole interval. */
  public boolean coversWithoutBreak(TimeInterval interval) {
    return hours().contains(interval) && breakTime().map(b -> !b.overlaps(interval)).orElse(true);
  }

  public Long id() {
    return id;
  }

  public Nurse nurse() {
    return nurse;
  }

  public Clinic clinic() {
    return clinic;
  }

  public ShiftKind kind() {
    return kind;
  }

  public int breakMinutes() {
    return breakMinutes;
  }

  /**
   * Lets the planner keep a field nurse out past the end of the shift by up to {@code allowance},
   * at the practice's overtime weight; bookings never count on it.
   */
  public void allowOvertime(Duration allowance) {
    if (allowance.isNegative() || allowance.compareTo(Duration.ofHours(4)) > 0) {
      throw new InvalidRequestException(
          "overtimeAllowanceMinutes", "Overtime is allowed for 0 to 240 minutes.");
    }
    this.overtimeAllowanceMinutes = Math.toIntExact(allowance.toMinutes());
  }

  public Duration overtimeAllowance() {
    return Duration.ofMinutes(overtimeAllowanceMinutes);
  }

  public Optional<Integer> kitCapacity() {
    return Optional.ofNullable(kitCapacity);
  }
}
