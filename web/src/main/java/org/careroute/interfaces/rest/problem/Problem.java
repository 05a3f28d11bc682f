package org.careroute.interfaces.rest.problem;

import java.util.List;

/**
 * An RFC 9457 problem detail. {@code errors} names each offending field of the request, with what
 * to do about it; {@code incident} lets support find a server-side failure in the log.
 */
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    List<FieldError> errors,
    String incident) {

  public static final String MEDIA_TYPE = "application/problem+json";

  public record FieldError(String field, String message) {}

  public static Problem of(int status, String title, String detail) {
    return new Problem("about:blank", title, status, detail, null, null);
  }

  public static Problem invalid(String detail, List<FieldError> errors) {
    return new Problem("about:blank", "Invalid request", 400, detail, errors, null);
  }
}
