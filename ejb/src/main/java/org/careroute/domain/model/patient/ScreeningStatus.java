package org.careroute.domain.model.patient;

/** Where a screening stands. */
public enum ScreeningStatus {
  /** No risk answer: bookings are confirmed at once. */
  CLEARED,
  /** A risk answer: bookings wait, as requests, for a clinician's approval. */
  HOLD,
  /** A clinician reviewed the risk answers and approved treatment under ENHANCED monitoring. */
  APPROVED,
  /**
   * A clinician reviewed the risk answers and declined treatment for now, with a reason the patient
   * is told; nothing can be booked until the patient is screened again.
   */
  DECLINED
}
