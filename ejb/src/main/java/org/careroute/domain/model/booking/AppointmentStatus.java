package org.careroute.domain.model.booking;

import java.util.EnumSet;
import java.util.Set;

/** The life of an appointment. */
public enum AppointmentStatus {
  /** Waiting for a clinician to approve the patient's screening; its place is held. */
  REQUESTED,
  BOOKED,
  CHECKED_IN,
  COMPLETED,
  CANCELLED,
  NO_SHOW;

  /** The statuses whose appointments hold a chair or a nurse. */
  public static final Set<AppointmentStatus> HOLDING_CAPACITY =
      EnumSet.of(REQUESTED, BOOKED, CHECKED_IN);

  public boolean holdsCapacity() {
    return HOLDING_CAPACITY.contains(this);
  }
}
