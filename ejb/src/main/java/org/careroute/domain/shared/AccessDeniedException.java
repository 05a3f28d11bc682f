package org.careroute.domain.shared;

import jakarta.ejb.ApplicationException;

/** The caller may see the record but may not do this to it. */
@ApplicationException(rollback = true)
public class AccessDeniedException extends RuntimeException {

  public AccessDeniedException(String message) {
    super(message);
  }
}
