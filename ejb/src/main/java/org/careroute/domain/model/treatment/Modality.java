package org.careroute.domain.model.treatment;

/** How the medicine is given. */
public enum Modality {
  IV_INFUSION,
  IM_INJECTION,
  ORAL_LOZENGE
}
