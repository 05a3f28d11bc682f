package org.careroute.application.patient;

import java.time.LocalDate;
import org.careroute.domain.model.patient.MonitoringLevel;
import org.careroute.domain.model.patient.Patient;
import org.careroute.domain.model.patient.Screening;
import org.careroute.domain.model.patient.ScreeningStatus;
import org.careroute.domain.shared.GeoPoint;
import org.careroute.domain.shared.StreetAddress;

/**
 * A patient's record as the patient and the staff see it; {@code homeAddress} is the address on one
 * line.
 */
public record PatientView(
    Long id,
    String email,
    String fullName,
    LocalDate dateOfBirth,
    String phone,
    String homeAddress,
    String homeStreet,
    String homePostalCode,
    String homeCity,
    Double homeLatitude,
    Double homeLongitude,
    boolean homeLocationApproximate,
    MonitoringLevel monitoringLevel,
    ScreeningStatus screeningStatus,
    /** Why a clinician declined treatment, when the screening is DECLINED. */
    String screeningDeclineReason,
    boolean homeTreatmentAllowed) {

  public static PatientView of(Patient p) {
    return new PatientView(
        p.id(),
        p.accountLogin(),
        p.fullName(),
        p.dateOfBirth(),
        p.phone(),
        p.homeAddress(),
        p.streetAddress().map(StreetAddress::street).orElse(null),
        p.streetAddress().map(StreetAddress::postalCode).orElse(null),
        p.streetAddress().map(StreetAddress::city).orElse(null),
        p.homeLocation().map(GeoPoint::latitude).orElse(null),
        p.homeLocation().map(GeoPoint::longitude).orElse(null),
        p.isHomeLocationApproximate(),
        p.monitoringLevel().orElse(null),
        p.currentScreening().map(Screening::status).orElse(null),
        p.currentScreening().flatMap(Screening::declineReason).orElse(null),
        p.isHomeTreatmentAllowed());
  }
}
