package org.careroute.domain.shared;

import jakarta.ejb.ApplicationException;

/** Someone else changed the record after the caller read it: the caller reloads and tries again. */
@ApplicationException(rollback = true)
public class ConcurrentChangeException extends BusinessConflictException {

  public static final String MESSAGE =
      "This record was changed by someone else meanwhile. Reload it and try again.";

  public ConcurrentChangeException() {
    super(MESSAGE);
  }
}
