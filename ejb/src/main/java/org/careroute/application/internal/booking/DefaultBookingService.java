package org.careroute.application.internal.booking;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.executable.ValidateOnExecution;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.careroute.application.Caller;
import org.careroute.application.booking.AppointmentChanged;
import org.careroute.application.booking.AppointmentView;
import org.careroute.application.booking.AvailabilityQuery;
import org.careroute.application.booking.BookingService;
import org.careroute.application.booking.OfferedWindow;
import org.careroute.application.booking.Rescheduling;
import org.careroute.application.booking.RoomGained;
import org.careroute.application.booking.SeriesAvailability;
import org.careroute.application.booking.SeriesAvailabilityQuery;
import org.careroute.application.booking.SeriesBooking;
import org.careroute.application.booking.SeriesView;
import org.careroute.application.booking.SessionBooking;
import org.careroute.application.internal.AuditRecorder;
import org.careroute.application.internal.patient.PatientAccess;
import org.careroute.domain.model.account.Role;
import org.careroute.domain.model.audit.AuditAction;
import org.careroute.domain.model.booking.Appointment;
import org.careroute.domain.model.booking.AppointmentRepository;
import org.careroute.domain.model.booking.BookedDays;
import org.careroute.domain.model.booking.BookingRequest;
import org.careroute.domain.model.booking.Placement;
import org.careroute.domain.model.booking.Series;
import org.careroute.domain.model.booking.SeriesShape;
import org.careroute.domain.model.clinic.Clinic;
import org.careroute.domain.model.clinic.ClinicDayLocks;
import org.careroute.domain.model.clinic.ClinicRepository;
import org.careroute.domain.model.patient.Patient;
import org.careroute.domain.shared.AccessDeniedException;
import org.careroute.domain.shared.ConcurrentChangeException;
import org.careroute.domain.shared.RecordNotFoundException;
import org.careroute.domain.shared.TimeInterval;

// Makes Hibernate Validator intercept this bean: it misses constraints declared only on interfaces
// (HV-994).
@ValidateOnExecution
@Stateless
public class DefaultBookingService implements BookingService {

  static final String RECORD_TYPE = "Appointment";

  @Inject ClinicRepository clinics;

  /** Each booking waits only for changes competing for the same clinic days. */
  @Inject ClinicDayLocks dayLocks;

  @Inject AppointmentRepository appointments;

  /**
   * Places each booking by first fit, and has the planner's own constraints judge it against the
   * day's plan.
   */
  @Inject PlanCheckedBookingCapacity capacity;

  @Inject BookingRequests requests;

  @Inject SeriesScheduler seriesScheduler;

  @Inject SeriesOffers seriesOffers;

  @Inject SeriesMoves seriesMoves;

  @Inject OfferedWindows offeredWindows;

  @Inject BookingPolicy policy;

  @Inject PatientAccess patientAccess;

  @Inject AuditRecorder audit;

  @Inject Clock clock;

  @Inject Event<AppointmentChanged> changes;

  @Inject Event<RoomGained> roomGained;

  private void changed(Appointment appointment) {
    changes.fire(AppointmentChanged.of(appointment));
  }

  @Override
  public AppointmentView book(Caller caller, SessionBooking booking) {
    Patient patient = patientAccess.bookingFor(caller, booking.patientId());
    BookingRequest request = requestFor(patient, booking);
    dayLocks.lock(request.clinic().id(), BookedDays.of(request));
    Appointment appointment = requests.placeAndStore(request);
    audit.record(caller, AuditAction.CREATE, RECORD_TYPE, appointment.id());
    changed(appointment);
    return view(appointment);
  }

  @Override
  public SeriesView bookSeries(Caller caller, SeriesBooking booking) {
    Patient patient = patientAccess.bookingFor(caller, booking.patientId());
    BookingRequest first = requestFor(patient, booking.firstSession());
    Series series =
        new Series(
            patient,
            first.treatment(),
            first.clinic(),
            first.setting(),
            booking.sessions(),
            booking.minGapDays(),
            booking.maxGapDays(),
            clock.instant());
    appointments.addSeries(series);
    List<Appointment> sessions = seriesScheduler.schedule(series, first, policy.earliestStart());
    audit.record(caller, AuditAction.CREATE, "Series", series.id());
    sessions.forEach(a -> audit.record(caller, AuditAction.CREATE, RECORD_TYPE, a.id()));
    sessions.forEach(this::changed);
    // The versions a client names to move a session later are the ones this flush stores.
    appointments.flush();
    return new SeriesView(
        series.id(),
        series.sessionCount(),
        series.minGapDays(),
        series.maxGapDays(),
        sessions.stream().map(this::view).toList());
  }

  /** The checked request; nothing is locked yet. */
  private BookingRequest requestFor(Patient patient, SessionBooking booking) {
    Clinic clinic = clinicOf(booking.clinicId());
    TimeInterval window =
        policy.promisedWindow(
            booking.setting(),
            booking.windowStart().toInstant(),
            booking.windowEnd() == null ? null : booking.windowEnd().toInstant());
    return requests.request(patient, booking.treatmentId(), booking.setting(), clinic, window);
  }

  @Override
  public List<AppointmentView> appointmentsOf(Caller caller) {
    Patient patient = patientAccess.self(caller);
    List<Appointment> found = appointments.findOfPatient(patient.id());
    found.forEach(a -> audit.record(caller, AuditAction.READ, RECORD_TYPE, a.id()));
    return found.stream().map(this::view).toList();
  }

  @Override
  public AppointmentView appointment(Caller caller, long appointmentId) {
    Appointment appointment = patientAccess.visibleAppointment(caller, appointmentId);
    audit.record(caller, AuditAction.READ, RECORD_TYPE, appointment.id());
    return view(appointment);
  }

  @Override
  public AppointmentView cancel(Caller caller, long appointmentId) {
    Appointment appointment = changeable(caller, appointmentId, null);
    appointment.cancel();
    audit.record(caller, AuditAction.CANCEL, RECORD_TYPE, appointment.id());
    changed(appointment);
    return storedView(appointment);
  }

  @Override
  public AppointmentView reschedule(Caller caller, long appointmentId, Rescheduling rescheduling) {
    Appointment appointment = changeable(caller, appointmentId, rescheduling.expectedVersion());
    TimeInterval window =
        policy.promisedWindow(
            appointment.setting(),
            rescheduling.windowStart().toInstant(),
            rescheduling.windowEnd() == null ? null : rescheduling.windowEnd().toInstant());
    seriesMoves.requireGapsKept(appointment, appointment.clinic().dayOf(window.start()));
    BookingRequest request =
        new BookingRequest(
            appointment.patient(),
            appointment.treatment(),
            appointment.clinic(),
            appointment.setting(),
            appointment.monitoringLevel(),
            appointment.visitLocation().orElse(null),
            window);
    // The days it leaves and the days it goes to, in one ascending call: a move the other way
    // between the same days takes them in the same order.
    SortedSet<LocalDate> daysBefore = BookedDays.of(appointment);
    SortedSet<LocalDate> touched = new TreeSet<>(daysBefore);
    touched.addAll(BookedDays.of(request));
    dayLocks.lock(appointment.clinic().id(), touched);
    requests.requireNoOverlapForPatient(request, appointment.id());
    Placement placement =
        capacity.place(request, appointment.id()).orElseThrow(BookingRequests::unavailable);
    LocalDate movedFrom =
        appointment.clinic().dayOf(appointment.plannedStart().orElse(appointment.window().start()));
    appointment.moveTo(window, placement);
    audit.record(caller, AuditAction.RESCHEDULE, RECORD_TYPE, appointment.id());
    changes.fire(AppointmentChanged.of(appointment, daysBefore));
    // The time it left may fit someone waiting.
    roomGained.fire(RoomGained.on(appointment.clinic().id(), movedFrom));
    return storedView(appointment);
  }

  @Override
  public List<OfferedWindow> availability(Caller caller, AvailabilityQuery query) {
    Appointment moving =
        query.movingAppointmentId() == null
            ? null
            : changeable(caller, query.movingAppointmentId(), null);
    Patient patient = moving == null ? patientFor(caller, query.patientId()) : moving.patient();
    Clinic clinic = clinicOf(query.clinicId());
    SeriesShape.Days days =
        (moving == null ? SeriesMoves.ANY_DAY : seriesMoves.daysFor(moving))
            .within(query.from(), query.to());
    if (days.isEmpty()) {
      return List.of();
    }
    Instant earliest = policy.earliestStart();
    BookingRequest template =
        requests.request(
            patient,
            query.treatmentId(),
            query.setting(),
            clinic,
            new TimeInterval(earliest, earliest));
    return offeredWindows.of(capacity.offer(template, days.first(), days.last(), earliest), clinic);
  }

  @Override
  public SeriesAvailability seriesAvailability(Caller caller, SeriesAvailabilityQuery query) {
    AvailabilityQuery days = query.firstSession();
    Patient patient = patientFor(caller, days.patientId());
    Instant earliest = policy.earliestStart();
    BookingRequest template =
        requests.request(
            patient,
            days.treatmentId(),
            days.setting(),
            clinicOf(days.clinicId()),
            new TimeInterval(earliest, earliest));
    return seriesOffers.offer(template, query.shape(), days.from(), days.to(), earliest);
  }

  /** Patients look for themselves; staff who arrange bookings name the patient. */
  private Patient patientFor(Caller caller, Long patientId) {
    return caller.has(Role.PATIENT) && patientId == null
        ? patientAccess.self(caller)
        : patientAccess.bookingFor(caller, patientId);
  }

  private Clinic clinicOf(long clinicId) {
    return clinics
        .find(clinicId)
        .orElseThrow(() -> new RecordNotFoundException("clinic", clinicId));
  }

  /**
   * The changed appointment with the version its change stores: the one a caller names to change it
   * again.
   */
  private AppointmentView storedView(Appointment appointment) {
    appointments.flush();
    return view(appointment);
  }

  /** The appointment as its patient sees it, with until when it can be changed online. */
  private AppointmentView view(Appointment appointment) {
    return AppointmentView.of(appointment)
        .changeableOnlineUntil(
            policy
                .changeableOnlineUntil(appointment.window().start())
                .atZone(appointment.clinic().zone())
                .toOffsetDateTime(),
            BookingPolicy.callTheClinic(appointment.clinic()));
  }

  private Appointment changeable(Caller caller, long appointmentId, Long expectedVersion) {
    Appointment appointment = patientAccess.visibleAppointment(caller, appointmentId);
    if (caller.isStaff() && !caller.arrangesBookings() && !caller.has(Role.PATIENT)) {
      throw new AccessDeniedException("Only the patient, dispatchers and admins change bookings.");
    }
    if (expectedVersion != null && expectedVersion != appointment.version()) {
      throw new ConcurrentChangeException();
    }
    policy.requireChangeable(caller, appointment);
    return appointment;
  }
}
