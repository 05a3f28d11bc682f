package org.careroute.application.planning;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.careroute.application.Caller;
import org.careroute.domain.model.practice.PlanKey;

/**
 * The day's events, recorded in the bookings; re-planning afterwards starts from now, with what is
 * past or under way kept where it is.
 */
public interface DayEventService {

  DayEventResult record(
      @NotNull Caller caller,
      @NotNull PlanKey key,
      @NotNull(message = "Send the event as a JSON body.") @Valid DayEvent event);
}
