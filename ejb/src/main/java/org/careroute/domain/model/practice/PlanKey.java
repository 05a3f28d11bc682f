package org.careroute.domain.model.practice;

import java.time.LocalDate;

/** Which plan: one clinic's day (its chairs, clinic shifts and field routes). */
public record PlanKey(long clinicId, LocalDate day) {

  public String id() {
    return clinicId + "/" + day;
  }
}
