package org.careroute.application.practice;

import jakarta.ejb.ApplicationException;
import java.util.List;
import org.careroute.domain.shared.BusinessConflictException;

/**
 * A change of the practice was not made because it holds bookings: either the caller is asked to
 * confirm that they be placed anew ({@link #confirmable()}), or some of them cannot be placed
 * anywhere else and the change is refused. Nothing was written either way.
 */
@ApplicationException(rollback = true)
public class AffectedBookingsException extends BusinessConflictException {

  private final transient List<AffectedBooking> affected;
  private final boolean confirmable;

  public AffectedBookingsException(
      String message, List<AffectedBooking> affected, boolean confirmable) {
    super(message);
    this.affected = List.copyOf(affected);
    this.confirmable = confirmable;
  }

  public List<AffectedBooking> affected() {
    return affected;
  }

  /** Whether sending the change again with {@code replaceBookings} would make it. */
  public boolean confirmable() {
    return confirmable;
  }
}
