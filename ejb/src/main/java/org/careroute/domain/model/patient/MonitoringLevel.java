package org.careroute.domain.model.patient;

/** How closely a patient is watched during treatment and observation. */
public enum MonitoringLevel {
  /** A clinic nurse may watch up to three STANDARD patients at once. */
  STANDARD,
  /**
   * One nurse, ACLS-certified, for this patient alone; in the clinic unless an admin allows home.
   */
  ENHANCED
}
