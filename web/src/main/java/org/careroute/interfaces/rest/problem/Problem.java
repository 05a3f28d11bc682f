package org.careroute.interfaces.rest.problem;

import java.util.List;
import org.careroute.application.AccessReasonRequiredException;
import org.careroute.application.practice.AffectedBooking;

/**
 * An RFC 9457 problem detail. {@code errors} names each offending field of the request, with what
 * to do about it; {@code incident} lets support find a server-side failure in the log; {@code
 * affectedBookings} lists the bookings a refused change of the practice would have left without a
 * place.
 */
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    List<FieldError> errors,
    String incident,
    List<AffectedBooking> affectedBookings,
    Boolean canReplaceBookings) {

  public static final String MEDIA_TYPE = "application/problem+json";

  public record FieldError(String field, String message) {}

  public static Problem of(int status, String title, String detail) {
    return new Problem("about:blank", title, status, detail, null, null, null, null);
  }

  public static Problem invalid(String detail, List<FieldError> errors) {
    return new Problem("about:blank", "Invalid request", 400, detail, errors, null, null, null);
  }

  /**
   * A read refused until the caller gives a reason for it ("break the glass"); the error names the
   * field that carries it.
   */
  public static Problem reasonRequired(String detail) {
    return new Problem(
        REASON_REQUIRED_TYPE,
        "Reason needed",
        403,
        detail,
        List.of(new FieldError(AccessReasonRequiredException.PARAMETER, detail)),
        null,
        null,
        null);
  }

  /** The type of {@link #reasonRequired} problems, for clients to offer the reason field. */
  public static final String REASON_REQUIRED_TYPE = "urn:careroute:problem:access-reason-required";

  /**
   * A change refused for the bookings it would leave without a place; {@code canReplace}: sending
   * it again with {@code replaceBookings} would place them anew.
   */
  public static Problem affectingBookings(
      String detail, List<AffectedBooking> affected, boolean canReplace) {
    return new Problem("about:blank", "Conflict", 409, detail, null, null, affected, canReplace);
  }
}
