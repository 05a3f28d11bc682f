package org.careroute.application.practice;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * The clinic admin's records: clinics and chairs, nurses, treatments (shifts: {@link
 * ShiftService}). Reading clinics and the active catalog is public; the rest is ADMIN's.
 */
public interface PracticeService {

  List<ClinicView> clinics();

  ClinicView clinic(long clinicId);

  ClinicView createClinic(
      @NotNull(message = "Send the clinic as a JSON body.") @Valid ClinicForm form);

  ClinicView updateClinic(
      long clinicId, @NotNull(message = "Send the clinic as a JSON body.") @Valid ClinicForm form);

  ClinicView addChair(
      long clinicId, @NotNull(message = "Send the chair as a JSON body.") @Valid ChairForm form);

  ClinicView updateChair(
      long clinicId,
      long chairId,
      @NotNull(message = "Send the chair as a JSON body.") @Valid ChairForm form);

  List<NurseView> nurses();

  NurseView nurse(long nurseId);

  NurseView createNurse(@NotNull(message = "Send the nurse as a JSON body.") @Valid NurseForm form);

  NurseView updateNurse(
      long nurseId, @NotNull(message = "Send the nurse as a JSON body.") @Valid NurseForm form);

  /** The catalog; {@code includeInactive} is for admins. */
  List<TreatmentView> treatments(boolean includeInactive);

  TreatmentView createTreatment(
      @NotNull(message = "Send the treatment as a JSON body.") @Valid TreatmentForm form);

  TreatmentView updateTreatment(
      long treatmentId,
      @NotNull(message = "Send the treatment as a JSON body.") @Valid TreatmentForm form);
}
