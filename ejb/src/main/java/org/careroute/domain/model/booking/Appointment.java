package org.careroute.domain.model.booking;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.careroute.domain.model.clinic.Chair;
import org.careroute.domain.model.clinic.Clinic;
import org.careroute.domain.model.patient.MonitoringLevel;
import org.careroute.domain.model.patient.Patient;
import org.careroute.domain.model.staff.Nurse;
import org.careroute.domain.model.treatment.CareSetting;
import org.careroute.domain.model.treatment.TreatmentType;
import org.careroute.domain.shared.BusinessConflictException;
import org.careroute.domain.shared.ConfirmationRequiredException;
import org.careroute.domain.shared.GeoPoint;
import org.careroute.domain.shared.TimeInterval;

/**
 * One treatment session booked by a patient: the root of the Appointment aggregate.
 *
 * <p>The promised window is what the patient was told and is never broken: for a clinic session its
 * start, for a home visit the arrival window. The placement (nurse, chair, planned start) is how
 * the practice currently means to keep that promise; booking fills it with a first fit and the
 * planner may change it. Monitoring level and visit location are copied at booking time so that
 * later changes to the patient's record do not silently alter a promise already made.
 */
@Entity
@Table(name = "appointment")
public class Appointment {

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

  @Enumerated(EnumType.STRING)
  @Column(name = "monitoring_level", nullable = false, length = 10)
  private MonitoringLevel monitoringLevel;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "latitude", column = @Column(name = "visit_latitude")),
    @AttributeOverride(name = "longitude", column = @Column(name = "visit_longitude"))
  })
  private GeoPoint visitLocation;

  @Column(name = "window_start", nullable = false)
  private Instant windowStart;

  @Column(name = "window_end", nullable = false)
  private Instant windowEnd;

  @Column(name = "occupancy_minutes", nullable = false)
  private int occupancyMinutes;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private AppointmentStatus status;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "series_id")
  private Series series;

  @Column(name = "series_index")
  private Integer seriesIndex;

  @ManyToOne(fetch = FetchType.EAGER)
  @JoinColumn(name = "nurse_id")
  private Nurse nurse;

  @ManyToOne(fetch = FetchType.EAGER)
  @JoinColumn(name = "chair_id")
  private Chair chair;

  @Column(name = "planned_start")
  private Instant plannedStart;

  @ManyToOne(fetch = FetchType.EAGER)
  @JoinColumn(name = "cover_nurse_id")
  private Nurse coverNurse;

  @Column(name = "cover_starts_at")
  private Instant coverStartsAt;

  @Column(name = "cover_ends_at")
  private Instant coverEndsAt;

  @Column(nullable = false)
  private boolean pinned;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "arrived_at")
  private Instant arrivedAt;

  @Column(name = "started_at")
  private Instant startedAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  @Column(name = "finished_early", nullable = false)
  private boolean finishedEarly;

  @Column(name = "pinned_before_arrival", nullable = false)
  private boolean pinnedBeforeArrival;

  @Version private long version;

  protected Appointment() {}

  public Appointment(BookingRequest request, Placement placement, boolean confirmed, Instant now) {
    this.patient = request.patient();
    this.treatment = request.treatment();
    this.clinic = request.clinic();
    this.setting = request.setting();
    this.monitoringLevel = request.monitoringLevel();
    this.visitLocation = request.visitLocation();
    this.windowStart = request.window().start();
    this.windowEnd = request.window().end();
    this.occupancyMinutes = Math.toIntExact(request.treatment().occupancy().toMinutes());
    this.status = confirmed ? AppointmentStatus.BOOKED : AppointmentStatus.REQUESTED;
    this.createdAt = now;
    place(placement);
  }

  public void partOf(Series series, int index) {
    this.series = series;
    this.seriesIndex = index;
  }

  public void place(Placement placement) {
    this.nurse = placement.nurse();
    this.chair = placement.chair();
    this.plannedStart = placement.plannedStart();
    setCover(placement.cover());
  }

  private void setCover(BreakCover cover) {
    this.coverNurse = cover == null ? null : cover.nurse();
    this.coverStartsAt = cover == null ? null : cover.during().start();
    this.coverEndsAt = cover == null ? null : cover.during().end();
  }

  /** Moves the promise to a new window, with the placement found for it. */
  public void moveTo(TimeInterval window, Placement placement) {
    requireStatus("moved", AppointmentStatus.REQUESTED, AppointmentStatus.BOOKED);
    this.windowStart = window.start();
    this.windowEnd = window.end();
    place(placement);
  }

  /** The dispatcher fixes the placement: re-planning keeps this nurse, chair and start. */
  public void pin(boolean pinned) {
    if (pinned) {
      requireStatus(
          "pinned",
          AppointmentStatus.REQUESTED,
          AppointmentStatus.BOOKED,
          AppointmentStatus.CHECKED_IN);
    }
    this.pinned = pinned;
  }

  public void cancel() {
    requireStatus("cancelled", AppointmentStatus.REQUESTED, AppointmentStatus.BOOKED);
    status = AppointmentStatus.CANCELLED;
    pinned = false;
    nurse = null;
    chair = null;
    plannedStart = null;
    setCover(null);
  }

  /** The clinician approved the patient's screening: the held request becomes a booking. */
  public void confirm() {
    if (status == AppointmentStatus.REQUESTED) {
      status = AppointmentStatus.BOOKED;
    }
  }

  /**
   * The nurse is with the patient. From now on re-planning keeps this placement: the visit is
   * pinned, as the dispatcher would pin it. Progress is recorded on the visit's own day only.
   */
  public void arrive(Instant at) {
    requireOnTheDayOf(at);
    requireStatus("marked arrived", AppointmentStatus.BOOKED);
    status = AppointmentStatus.CHECKED_IN;
    arrivedAt = at;
    pinnedBeforeArrival = pinned;
    pinned = true;
  }

  public void startSession(Instant at) {
    requireOnTheDayOf(at);
    if (status != AppointmentStatus.CHECKED_IN || startedAt != null) {
      throw new BusinessConflictException(
          "Only a visit the nurse has arrived at and not yet started can be started.");
    }
    startedAt = at;
  }

  /**
   * The session and its observation are over. Ending sooner than {@code earlyBelowPercent} of the
   * planned session plus observation is unusual, so it goes through only when the nurse confirms
   * it, and is recorded as finished early.
   */
  public void finish(Instant at, int earlyBelowPercent, boolean earlyConfirmed) {
    requireOnTheDayOf(at);
    if (status != AppointmentStatus.CHECKED_IN || startedAt == null) {
      throw new BusinessConflictException("Only a started session can be finished.");
    }
    Duration ran = Duration.between(startedAt, at);
    boolean early = ran.compareTo(occupancy().multipliedBy(earlyBelowPercent).dividedBy(100)) < 0;
    if (early && !earlyConfirmed) {
      throw new ConfirmationRequiredException(
          "confirmEarly",
          "This session has run "
              + minutes(ran)
              + " of the "
              + occupancy().toMinutes()
              + " minutes planned for session and observation. If it really is over, confirm"
              + " that it finished early.");
    }
    status = AppointmentStatus.COMPLETED;
    finishedAt = at;
    finishedEarly = early;
  }

  /** Which of the nurse's marks came last, if any: finished, started or arrived. */
  public Optional<Mark> lastMark() {
    if (finishedAt != null) {
      return Optional.of(new Mark(Mark.Step.FINISHED, finishedAt));
    }
    if (startedAt != null) {
      return Optional.of(new Mark(Mark.Step.STARTED, startedAt));
    }
    if (arrivedAt != null && status == AppointmentStatus.CHECKED_IN) {
      return Optional.of(new Mark(Mark.Step.ARRIVED, arrivedAt));
    }
    return Optional.empty();
  }

  /** Until when the nurse may take back the last mark: {@code window} after it was made. */
  public Optional<Instant> undoableUntil(Duration window) {
    return lastMark().map(m -> m.at().plus(window));
  }

  /**
   * Takes back the nurse's last mark, made by mistake, if it is no older than {@code window}.
   * Undoing the arrival returns the visit to booked, held in place only if the dispatcher had
   * pinned it.
   */
  public Mark.Step undoLastMark(Instant now, Duration window) {
    Mark last =
        lastMark()
            .orElseThrow(
                () -> new BusinessConflictException("Nothing has been marked at this visit yet."));
    if (now.isAfter(last.at().plus(window))) {
      throw new BusinessConflictException(
          "A mark can be undone for "
              + window.toMinutes()
              + " minutes only; '"
              + last.step().label()
              + "' was marked at "
              + last.at().atZone(clinic.zone()).toLocalTime().truncatedTo(ChronoUnit.MINUTES)
              + ". Please ask the dispatcher to correct it.");
    }
    switch (last.step()) {
      case FINISHED -> {
        status = AppointmentStatus.CHECKED_IN;
        finishedAt = null;
        finishedEarly = false;
      }
      case STARTED -> startedAt = null;
      case ARRIVED -> {
        status = AppointmentStatus.BOOKED;
        arrivedAt = null;
        pinned = pinnedBeforeArrival;
        pinnedBeforeArrival = false;
      }
    }
    return last.step();
  }

  /** The nurse records progress on the day the visit is planned for, in its clinic's calendar. */
  private void requireOnTheDayOf(Instant at) {
    if (!isOnTheDayOf(at)) {
      LocalDate planned = clinic.dayOf(plannedStart == null ? windowStart : plannedStart);
      throw new BusinessConflictException(
          "You can mark only today's visits; this one is on "
              + planned.format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH))
              + ".");
    }
  }

  /**
   * Whether the visit is planned on the calendar day, in its clinic's zone, that holds {@code at}.
   */
  public boolean isOnTheDayOf(Instant at) {
    return clinic.dayOf(plannedStart == null ? windowStart : plannedStart).equals(clinic.dayOf(at));
  }

  private static String minutes(Duration d) {
    long m = d.toMinutes();
    return m == 1 ? "1 minute" : m + " minutes";
  }

  /** The nurse cannot come (called in sick): the visit waits for re-planning to find another. */
  public void releaseNurse() {
    requireStatus("given to another nurse", AppointmentStatus.REQUESTED, AppointmentStatus.BOOKED);
    nurse = null;
    setCover(null);
    pinned = false;
  }

  /**
   * The colleague covering the nurse's break cannot come, or the cover no longer spans the break:
   * re-planning finds one, keeping the rest of the placement if it is pinned or under way.
   */
  public void releaseCover() {
    requireStatus(
        "given another cover",
        AppointmentStatus.REQUESTED,
        AppointmentStatus.BOOKED,
        AppointmentStatus.CHECKED_IN);
    setCover(null);
  }

  /** The patient did not come, or was not at home: the place is free again. */
  public void markNoShow() {
    requireStatus("marked as a no-show", AppointmentStatus.BOOKED);
    status = AppointmentStatus.NO_SHOW;
    pinned = false;
  }

  /**
   * The session runs longer than planned: the nurse (and the chair) stay taken that much longer.
   */
  public void overrun(int minutes) {
    requireStatus("extended", AppointmentStatus.CHECKED_IN);
    occupancyMinutes += minutes;
  }

  private void requireStatus(String action, AppointmentStatus... allowed) {
    for (AppointmentStatus s : allowed) {
      if (status == s) {
        return;
      }
    }
    throw new BusinessConflictException(
        "This appointment is " + status + " and can no longer be " + action + ".");
  }

  /**
   * When the nurse (and the chair) are taken: from the planned start for session plus observation.
   */
  public Optional<TimeInterval> occupiedInterval() {
    return Optional.ofNullable(plannedStart).map(s -> TimeInterval.of(s, occupancy()));
  }

  /**
   * Who watches the patient when: the responsible nurse, and the covering colleague during the
   * nurse's break; nobody while the appointment is not placed.
   */
  public List<PatientWatch> watches() {
    Optional<TimeInterval> occupied = occupiedInterval();
    if (occupied.isEmpty() || nurse == null) {
      return List.of();
    }
    Optional<BreakCover> cover = breakCover();
    if (cover.isEmpty()) {
      return List.of(new PatientWatch(this, nurse, occupied.get()));
    }
    List<PatientWatch> watches = new ArrayList<>(3);
    occupied
        .get()
        .minus(cover.get().during())
        .forEach(part -> watches.add(new PatientWatch(this, nurse, part)));
    occupied
        .get()
        .intersection(cover.get().during())
        .ifPresent(part -> watches.add(new PatientWatch(this, cover.get().nurse(), part)));
    return watches;
  }

  /** How the appointment is placed now. */
  public Placement placement() {
    return new Placement(nurse, chair, plannedStart, breakCover().orElse(null));
  }

  public Optional<BreakCover> breakCover() {
    return coverNurse == null
        ? Optional.empty()
        : Optional.of(new BreakCover(coverNurse, new TimeInterval(coverStartsAt, coverEndsAt)));
  }

  public Duration occupancy() {
    return Duration.ofMinutes(occupancyMinutes);
  }

  public TimeInterval window() {
    return new TimeInterval(windowStart, windowEnd);
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

  public MonitoringLevel monitoringLevel() {
    return monitoringLevel;
  }

  public Optional<GeoPoint> visitLocation() {
    return Optional.ofNullable(visitLocation);
  }

  public AppointmentStatus status() {
    return status;
  }

  public Optional<Series> series() {
    return Optional.ofNullable(series);
  }

  public Integer seriesIndex() {
    return seriesIndex;
  }

  public Optional<Nurse> nurse() {
    return Optional.ofNullable(nurse);
  }

  public Optional<Chair> chair() {
    return Optional.ofNullable(chair);
  }

  public Optional<Instant> plannedStart() {
    return Optional.ofNullable(plannedStart);
  }

  public Optional<Instant> arrivedAt() {
    return Optional.ofNullable(arrivedAt);
  }

  public Optional<Instant> startedAt() {
    return Optional.ofNullable(startedAt);
  }

  public Optional<Instant> finishedAt() {
    return Optional.ofNullable(finishedAt);
  }

  /** The nurse confirmed the session ended well before its planned length. */
  public boolean finishedEarly() {
    return finishedEarly;
  }

  public boolean isPinned() {
    return pinned;
  }

  public long version() {
    return version;
  }
}
