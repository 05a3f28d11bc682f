package org.careroute.application.audit;

import jakarta.validation.constraints.NotNull;

/**
 * Records access the API refused: who asked (a login, or {@code anonymous}), for what (method and
 * path, never a body or query), when, and why. Audit events are the record, not the server log, so
 * that admins find refusals where they find every read and change.
 */
public interface RefusedAccessAudit {

  /** The record type of refused requests in the audit trail. */
  String RECORD_TYPE = "Request";

  String ANONYMOUS = "anonymous";

  void refused(@NotNull String actor, @NotNull String request, @NotNull String reason);
}
