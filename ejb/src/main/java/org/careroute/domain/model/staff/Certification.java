package org.careroute.domain.model.staff;

/** What a nurse is certified to do; treatments and monitoring levels require some of these. */
public enum Certification {
  /** May start and run intravenous infusions. */
  IV_THERAPY,
  /** Advanced cardiac life support: required for ENHANCED monitoring. */
  ACLS,
  /** Drives to patients and treats them at home. */
  HOME_VISIT
}
