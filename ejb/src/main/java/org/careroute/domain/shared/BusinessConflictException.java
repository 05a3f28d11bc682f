package org.careroute.domain.shared;

import jakarta.ejb.ApplicationException;

/** The request is well-formed but conflicts with the current state (capacity, status, cut-off). */
@ApplicationException(rollback = true)
public class BusinessConflictException extends RuntimeException {

  public BusinessConflictException(String message) {
    super(message);
  }
}
