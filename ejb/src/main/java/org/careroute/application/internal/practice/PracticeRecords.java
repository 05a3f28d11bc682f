package org.careroute.application.internal.practice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.careroute.domain.model.clinic.Clinic;
import org.careroute.domain.model.clinic.ClinicRepository;
import org.careroute.domain.model.staff.Nurse;
import org.careroute.domain.model.staff.NurseRepository;
import org.careroute.domain.model.staff.Shift;
import org.careroute.domain.model.staff.ShiftRepository;
import org.careroute.domain.shared.RecordNotFoundException;

/** The records an admin's change names, or a 404 that says which is missing. */
@ApplicationScoped
public class PracticeRecords {

  @Inject ClinicRepository clinics;

  @Inject NurseRepository nurses;

  @Inject ShiftRepository shifts;

  public Clinic clinic(long clinicId) {
    return clinics
        .find(clinicId)
        .orElseThrow(() -> new RecordNotFoundException("clinic", clinicId));
  }

  public Nurse nurse(long nurseId) {
    return nurses.find(nurseId).orElseThrow(() -> new RecordNotFoundException("nurse", nurseId));
  }

  public Shift shift(long shiftId) {
    return shifts.find(shiftId).orElseThrow(() -> new RecordNotFoundException("shift", shiftId));
  }
}
