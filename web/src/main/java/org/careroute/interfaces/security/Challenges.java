package org.careroute.interfaces.security;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The {@code WWW-Authenticate} challenge of a 401. Browsers never get a Basic one: it would pop up
 * the browser's own login dialog, and the credentials a browser keeps from it would ride along with
 * any other site's forms. API clients get Basic, as RFC 9110 asks.
 */
public final class Challenges {

  public static final String BASIC = "Basic realm=\"CareRoute\"";

  /** A scheme no browser answers by itself: the pages log in with their own form. */
  public static final String PAGE = "Session realm=\"CareRoute\"";

  private Challenges() {}

  public static String forRequest(HttpServletRequest request) {
    return isBrowser(request) ? PAGE : BASIC;
  }

  /**
   * The pages' scripts say so in {@code X-Requested-With}; every current browser sends Fetch
   * Metadata; navigations ask for HTML.
   */
  static boolean isBrowser(HttpServletRequest request) {
    String accept = request.getHeader("Accept");
    return "XMLHttpRequest".equals(request.getHeader("X-Requested-With"))
        || request.getHeader("Sec-Fetch-Mode") != null
        || (accept != null && accept.contains("text/html"));
  }
}
