package org.careroute.domain.model.mail;

/** Where a message of the outbox stands. */
public enum MailStatus {
  /** Waiting for its due time, or for its next attempt after a failure. */
  PENDING,
  /** Claimed by a node that is sending it now, under a lease. */
  SENDING,
  SENT,
  /** Never to be sent: no mail server is configured, or its recipient turned the kind off. */
  NOT_SENT,
  /** Every attempt failed. */
  FAILED
}
