package org.careroute.application.patient;

import java.time.LocalDate;
import org.careroute.domain.model.patient.MonitoringLevel;
import org.careroute.domain.model.patient.Patient;
import org.careroute.domain.model.patient.Screening;
import org.careroute.domain.model.patient.ScreeningStatus;

/** A patient's record as the patient and the staff see it. */
public record PatientView(
    Long id,
    String email,
    String fullName,
    LocalDate dateOfBirth,
    String phone,
    String homeAddress,
    Double homeLatitude,
    Double homeLongitude,
    MonitoringLevel monitoringLevel,
    ScreeningStatus screeningStatus,
    boolean homeTreatmentAllowed) {

  public static PatientView of(Patient p) {
    return new PatientView(
        p.id(),
        p.accountLogin(),
        p.fullName(),
        p.dateOfBirth(),
        p.phone(),
        p.homeAddress(),
        p.homeLocation().map(g -> g.latitude()).orElse(null),
        p.homeLocation().map(g -> g.longitude()).orElse(null),
        p.monitoringLevel().orElse(null),
        p.currentScreening().map(Screening::status).orElse(null),
        p.isHomeTreatmentAllowed());
  }
}
