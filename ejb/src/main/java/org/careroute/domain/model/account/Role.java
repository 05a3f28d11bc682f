package org.careroute.domain.model.account;

/** What a user may do; the names are the role names the security layer checks. */
public enum Role {
  PATIENT,
  NURSE,
  DISPATCHER,
  CLINICIAN,
  ADMIN;

  /** Staff roles may see the patient data their work needs. */
  public boolean isStaff() {
    return this != PATIENT;
  }
}
