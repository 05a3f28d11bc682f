package org.careroute.domain.model.booking;

import org.careroute.domain.model.clinic.Clinic;
import org.careroute.domain.model.patient.MonitoringLevel;
import org.careroute.domain.model.patient.Patient;
import org.careroute.domain.model.treatment.CareSetting;
import org.careroute.domain.model.treatment.TreatmentType;
import org.careroute.domain.shared.GeoPoint;
import org.careroute.domain.shared.TimeInterval;

/**
 * A session someone wants: what, where, at which monitoring level, and the window to promise (a
 * clinic start, so a window of no length, or a home arrival window). {@code visitLocation} is the
 * patient's home for home visits and null in the clinic.
 */
public record BookingRequest(
    Patient patient,
    TreatmentType treatment,
    Clinic clinic,
    CareSetting setting,
    MonitoringLevel monitoringLevel,
    GeoPoint visitLocation,
    TimeInterval window) {

  public BookingRequest withWindow(TimeInterval other) {
    return new BookingRequest(
        patient, treatment, clinic, setting, monitoringLevel, visitLocation, other);
  }
}
