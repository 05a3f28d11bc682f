package org.careroute.application.patient;

import java.time.LocalDate;
import org.careroute.domain.model.patient.Patient;

/**
 * A patient a staff search found: only what tells one patient from another when picking them (no
 * address, no screening). {@code id} is what a booking for the patient names.
 */
public record PatientMatch(
    Long id, String fullName, LocalDate dateOfBirth, String phone, String town) {

  public static PatientMatch of(Patient patient) {
    return new PatientMatch(
        patient.id(),
        patient.fullName(),
        patient.dateOfBirth(),
        patient.phone(),
        patient.town().orElse(null));
  }
}
