package org.careroute.application.patient;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.careroute.application.Caller;

/** A patient's own record. Every call is audited; a patient sees only their own. */
public interface PatientService {

  /**
   * Creates the account and the patient record; the login is the email address. An address that
   * already has an account changes nothing, is audited, and gets the same receipt, after the same
   * hashing work.
   */
  RegistrationReceipt register(
      @NotNull(message = "Send the registration as a JSON body.") @Valid
          PatientRegistration registration);

  PatientView profileOf(@NotNull Caller caller);

  PatientView updateProfile(
      @NotNull Caller caller,
      @NotNull(message = "Send the profile as a JSON body.") @Valid PatientProfile profile);

  /**
   * Records the answers; risk answers make the patient ENHANCED and hold bookings for a clinician.
   */
  ScreeningView submitScreening(
      @NotNull Caller caller,
      @NotNull(message = "Send the answers as a JSON body.") @Valid ScreeningSubmission submission);

  /**
   * Patients by part of the name, phone number or date of birth, for the staff who book on a
   * patient's behalf; each patient shown is audited as read.
   */
  PatientMatches search(
      @NotNull Caller caller,
      @NotNull(message = "Send the search as a JSON body.") @Valid PatientQuery query);

  /** A patient's record for staff. */
  PatientView patient(@NotNull Caller caller, long patientId);
}
