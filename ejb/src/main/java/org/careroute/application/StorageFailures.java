package org.careroute.application;

/**
 * Tells what a failure of the database means for the caller, so that the interfaces can answer it
 * without knowing how records are stored.
 */
public interface StorageFailures {

  /** What a failure amounts to. */
  enum Kind {
    /** Someone else changed the record meanwhile (an optimistic lock failed). */
    CONCURRENT_CHANGE,
    /** A unique key already holds the value. */
    DUPLICATE,
    /** The database cannot be reached (down, restarting, or every connection busy): retry later. */
    UNAVAILABLE,
    /** Nothing the caller can act on. */
    OTHER
  }

  Kind classify(Throwable failure);
}
