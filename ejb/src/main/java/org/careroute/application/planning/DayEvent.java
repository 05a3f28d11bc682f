package org.careroute.application.planning;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * Something that happened during the day: a sick nurse (or one back) names the nurse, an overrun
 * names the appointment and the extra minutes, a no-show names the appointment. An urgent visit is
 * booked like any other booking (by a dispatcher, for the patient) and then re-planned.
 */
public record DayEvent(
    @NotNull(message = "Say what happened: NURSE_SICK, NURSE_BACK, VISIT_OVERRAN or NO_SHOW.")
        DayEventKind kind,
    Long nurseId,
    Long appointmentId,
    @Min(value = 1, message = "An overrun is at least 1 minute.")
        @Max(value = 480, message = "An overrun is at most 480 minutes.")
        Integer minutes) {

  @AssertTrue(message = "A sick nurse needs nurseId.")
  public boolean isNurseNamed() {
    return !namesNurse() || nurseId != null;
  }

  private boolean namesNurse() {
    return kind == DayEventKind.NURSE_SICK || kind == DayEventKind.NURSE_BACK;
  }

  @AssertTrue(message = "An overrun or a no-show needs appointmentId.")
  public boolean isAppointmentNamed() {
    return kind == null || namesNurse() || appointmentId != null;
  }

  @AssertTrue(message = "An overrun needs the extra minutes.")
  public boolean isOverrunMeasured() {
    return kind != DayEventKind.VISIT_OVERRAN || minutes != null;
  }
}
