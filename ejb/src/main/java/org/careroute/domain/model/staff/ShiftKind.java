package org.careroute.domain.model.staff;

/** Where a shift is worked. */
public enum ShiftKind {
  /** In a clinic, watching patients in its chairs. */
  CLINIC,
  /** On the road, visiting patients at home, starting and ending at the nurse's home base. */
  FIELD
}
