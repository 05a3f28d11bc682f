package org.careroute.domain.shared;

import jakarta.ejb.ApplicationException;

/**
 * The request conflicts with what is usual and goes through only when the caller confirms it:
 * {@code field} names the request's property that says so.
 */
@ApplicationException(rollback = true)
public class ConfirmationRequiredException extends BusinessConflictException {

  private final String field;

  public ConfirmationRequiredException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
