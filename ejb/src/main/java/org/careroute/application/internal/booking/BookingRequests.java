package org.careroute.application.internal.booking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.function.Predicate;
import org.careroute.domain.model.booking.Appointment;
import org.careroute.domain.model.booking.AppointmentRepository;
import org.careroute.domain.model.booking.BookingRequest;
import org.careroute.domain.model.booking.Placement;
import org.careroute.domain.model.clinic.Clinic;
import org.careroute.domain.model.patient.MonitoringLevel;
import org.careroute.domain.model.patient.Patient;
import org.careroute.domain.model.patient.Screening;
import org.careroute.domain.model.treatment.CareSetting;
import org.careroute.domain.model.treatment.TreatmentType;
import org.careroute.domain.model.treatment.TreatmentTypeRepository;
import org.careroute.domain.shared.BusinessConflictException;
import org.careroute.domain.shared.GeoPoint;
import org.careroute.domain.shared.InvalidRequestException;
import org.careroute.domain.shared.RecordNotFoundException;
import org.careroute.domain.shared.TimeInterval;

/**
 * Turns what a patient asks for into a checked request, and a request into a stored appointment.
 */
@ApplicationScoped
public class BookingRequests {

  @Inject TreatmentTypeRepository treatments;

  @Inject AppointmentRepository appointments;

  /**
   * Places each booking by first fit, and has the planner's own constraints judge it against the
   * day's plan.
   */
  @Inject PlanCheckedBookingCapacity capacity;

  @Inject Clock clock;

  /** Checks the clinical rules of booking this treatment, in this setting, for this patient. */
  public BookingRequest request(
      Patient patient, long treatmentId, CareSetting setting, Clinic clinic, TimeInterval window) {
    TreatmentType treatment =
        treatments
            .find(treatmentId)
            .filter(TreatmentType::isActive)
            .orElseThrow(() -> new RecordNotFoundException("treatment", treatmentId));
    if (!treatment.isOfferedIn(setting)) {
      throw new InvalidRequestException(
          "setting", treatment.name() + " is not offered in the setting " + setting + ".");
    }
    MonitoringLevel level =
        patient
            .monitoringLevel()
            .orElseThrow(
                () ->
                    new BusinessConflictException(
                        "Answer the screening questions before booking a session."));
    patient
        .currentScreening()
        .flatMap(Screening::declineReason)
        .ifPresent(
            reason -> {
              throw new BusinessConflictException(
                  "A clinician has declined treatment for now: "
                      + reason
                      + " Please call the clinic to talk it over; nothing can be booked meanwhile.");
            });
    GeoPoint visitLocation = null;
    if (setting == CareSetting.HOME) {
      if (level == MonitoringLevel.ENHANCED && !patient.isHomeTreatmentAllowed()) {
        throw new BusinessConflictException(
            "Your screening calls for enhanced monitoring, which is given in the "
                + "clinic. Book a clinic session, or ask the clinic whether home treatment can be allowed.");
      }
      visitLocation =
          patient
              .homeLocation()
              .orElseThrow(
                  () ->
                      // A state of the patient's record, not of this request: 409, said once.
                      new BusinessConflictException(
                          "Add your home address to your profile before booking a home visit, so"
                              + " that the nurse knows where to come."));
    }
    return new BookingRequest(patient, treatment, clinic, setting, level, visitLocation, window);
  }

  /** Places the request and stores it; the request's days must be locked ({@code BookedDays}). */
  public Appointment placeAndStore(BookingRequest request) {
    requireNoOverlapForPatient(request, null);
    Placement placement = capacity.place(request, null).orElseThrow(BookingRequests::unavailable);
    boolean confirmed =
        request.patient().currentScreening().map(Screening::allowsConfirmedBookings).orElse(false);
    Appointment appointment = new Appointment(request, placement, confirmed, clock.instant());
    appointments.add(appointment);
    return appointment;
  }

  /** A patient is in one place at a time. */
  public void requireNoOverlapForPatient(BookingRequest request, Long exceptAppointmentId) {
    if (patientIsBusy(request, exceptAppointmentId)) {
      throw new BusinessConflictException(
          "You already have a session at that time. Choose another window.");
    }
  }

  /** Whether the patient has another session that could run during the requested one. */
  public boolean patientIsBusy(BookingRequest request, Long exceptAppointmentId) {
    return clashesWithSessionsOf(request.patient(), exceptAppointmentId).test(request);
  }

  /**
   * Whether a request of the patient's could run during another of their sessions: their sessions
   * are read once, so that many requests can be asked about.
   */
  public Predicate<BookingRequest> clashesWithSessionsOf(
      Patient patient, Long exceptAppointmentId) {
    List<TimeInterval> busy =
        appointments.findOfPatient(patient.id()).stream()
            .filter(a -> a.status().holdsCapacity() && !a.id().equals(exceptAppointmentId))
            .map(a -> new TimeInterval(a.window().start(), a.window().end().plus(a.occupancy())))
            .toList();
    return request -> {
      TimeInterval span =
          new TimeInterval(
              request.window().start(),
              request.window().end().plus(request.treatment().occupancy()));
      return busy.stream().anyMatch(b -> b.overlaps(span));
    };
  }

  public static BusinessConflictException unavailable() {
    return new BusinessConflictException(
        "That window is no longer available. Please choose another one.");
  }
}
