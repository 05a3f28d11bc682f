package org.careroute.domain.model.treatment;

/** Where a treatment is given. */
public enum CareSetting {
  /** In a clinic chair. */
  CLINIC,
  /** At the patient's home, one nurse with one patient for the whole session and observation. */
  HOME
}
