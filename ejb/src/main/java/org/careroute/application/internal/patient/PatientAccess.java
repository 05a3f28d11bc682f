package org.careroute.application.internal.patient;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.careroute.application.Caller;
import org.careroute.application.internal.access.NeedToKnow;
import org.careroute.domain.model.account.Role;
import org.careroute.domain.model.booking.Appointment;
import org.careroute.domain.model.booking.AppointmentRepository;
import org.careroute.domain.model.clinic.Clinic;
import org.careroute.domain.model.clinic.ClinicRepository;
import org.careroute.domain.model.patient.Patient;
import org.careroute.domain.model.patient.PatientRepository;
import org.careroute.domain.shared.AccessDeniedException;
import org.careroute.domain.shared.InvalidRequestException;
import org.careroute.domain.shared.RecordNotFoundException;

/** Finds the patient a call is about, and refuses what the caller may not touch. */
@ApplicationScoped
public class PatientAccess {

  @Inject PatientRepository patients;

  @Inject AppointmentRepository appointments;

  @Inject ClinicRepository clinics;

  @Inject NeedToKnow needToKnow;

  /**
   * The zone a patient's own times (screenings) are shown in: that of the clinic of their newest
   * booking, else the practice's first clinic.
   */
  public ZoneId zoneOf(Patient patient) {
    return zonesOf(List.of(patient)).get(patient.id());
  }

  /** {@link #zoneOf} for many patients, in two reads whatever their number. */
  public Map<Long, ZoneId> zonesOf(Collection<Patient> patients) {
    Map<Long, ZoneId> newest =
        appointments.findOfPatients(patients.stream().map(Patient::id).toList()).stream()
            .collect(
                Collectors.groupingBy(
                    (Appointment a) -> a.patient().id(),
                    Collectors.collectingAndThen(
                        Collectors.maxBy(Comparator.comparing(a -> a.window().start())),
                        a -> a.orElseThrow().clinic().zone())));
    ZoneId practice =
        clinics.findAll().stream().findFirst().map(Clinic::zone).orElse(ZoneOffset.UTC);
    Map<Long, ZoneId> zones = new HashMap<>();
    patients.forEach(p -> zones.put(p.id(), newest.getOrDefault(p.id(), practice)));
    return zones;
  }

  /**
   * An appointment the caller may see: a patient only their own (others answer 404), staff all but
   * nurses, who see those of patients on their care ({@link NeedToKnow}).
   */
  public Appointment visibleAppointment(Caller caller, long appointmentId) {
    Appointment appointment =
        appointments
            .find(appointmentId)
            .filter(a -> caller.isStaff() || a.patient().accountLogin().equals(caller.login()))
            .orElseThrow(() -> new RecordNotFoundException("appointment", appointmentId));
    if (caller.isStaff()) {
      needToKnow.requireForPatient(caller, appointment.patient(), "Appointment", appointmentId);
    }
    return appointment;
  }

  /** The caller's own patient record. */
  public Patient self(Caller caller) {
    return patients
        .findByLogin(caller.login())
        .orElseThrow(() -> new RecordNotFoundException("patient record", "of " + caller.login()));
  }

  /**
   * The patient a booking is for: patients book for themselves; dispatchers and admins name the
   * patient they book for.
   */
  public Patient bookingFor(Caller caller, Long patientId) {
    if (caller.has(Role.PATIENT) && !caller.arrangesBookings()) {
      Patient self = self(caller);
      if (patientId != null && !patientId.equals(self.id())) {
        throw new RecordNotFoundException("patient", patientId);
      }
      return self;
    }
    if (!caller.arrangesBookings()) {
      throw new AccessDeniedException("Only patients, dispatchers and admins book sessions.");
    }
    if (patientId == null) {
      throw new InvalidRequestException("patientId", "Name the patient the booking is for.");
    }
    return patients
        .find(patientId)
        .orElseThrow(() -> new RecordNotFoundException("patient", patientId));
  }
}
