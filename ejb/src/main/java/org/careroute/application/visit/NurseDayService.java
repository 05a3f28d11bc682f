package org.careroute.application.visit;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.careroute.application.Caller;

/** The logged-in nurse's own visits. Reading them is audited, as every look at patient data is. */
public interface NurseDayService {

  /** The nurse's visits planned on the day (in each clinic's calendar), in planned order. */
  List<VisitView> day(
      @NotNull Caller caller, @NotNull(message = "Give the day (YYYY-MM-DD).") LocalDate day);

  /**
   * Records arrived, started or finished at one of the nurse's own visits planned for today in its
   * clinic's calendar. Finishing well before the planned length needs {@code confirmEarly}.
   */
  VisitView record(
      @NotNull Caller caller,
      long appointmentId,
      @NotNull(message = "Send the step as a JSON body.") @Valid VisitProgress progress);

  /** Takes back the last step the nurse recorded at the visit, if it is only minutes old. */
  VisitView undo(@NotNull Caller caller, long appointmentId);
}
