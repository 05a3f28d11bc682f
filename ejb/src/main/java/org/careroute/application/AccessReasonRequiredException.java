package org.careroute.application;

import org.careroute.domain.shared.AccessDeniedException;

/**
 * A nurse asked for a patient who is not on her care without giving a reason (or with one too
 * short): she may read it only by "breaking the glass", giving a reason that is audited.
 */
public class AccessReasonRequiredException extends AccessDeniedException {

  /** The request header that carries the reason; {@link #PARAMETER} is the query parameter. */
  public static final String HEADER = "X-Access-Reason";

  public static final String PARAMETER = "accessReason";

  public static final int MIN_LENGTH = 20;

  public static final int MAX_LENGTH = 250;

  public AccessReasonRequiredException(String message) {
    super(message);
  }
}
