package org.careroute.domain.shared;

import jakarta.ejb.ApplicationException;

/**
 * The record does not exist, or the caller may not see it: the two are deliberately
 * indistinguishable so that ids of other people's records reveal nothing.
 */
@ApplicationException(rollback = true)
public class RecordNotFoundException extends RuntimeException {

  public RecordNotFoundException(String recordType, Object id) {
    super("No " + recordType + " with id " + id + " was found.");
  }

  /** Something looked for, not a record by id: the message says what to do instead. */
  public RecordNotFoundException(String message) {
    super(message);
  }
}
