package org.careroute.domain.shared;

import jakarta.ejb.ApplicationException;

/** The request breaks a rule whatever the current state is; {@code field} names the culprit. */
@ApplicationException(rollback = true)
public class InvalidRequestException extends RuntimeException {

  private final String field;

  public InvalidRequestException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
