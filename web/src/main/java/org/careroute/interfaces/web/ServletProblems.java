package org.careroute.interfaces.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Problem details written by servlet filters and the authentication mechanism, which answer before
 * JAX-RS and its exception mapper are reached.
 */
public final class ServletProblems {

  /** About as long as a database restart takes; the pool fails fast meanwhile. */
  private static final int DATABASE_RETRY_AFTER_SECONDS = 5;

  private ServletProblems() {}

  /**
   * Ends the exchange with a problem detail. The texts are the server's own constants and numbers,
   * never the request's, so no JSON escaping is needed.
   */
  public static void write(HttpServletResponse response, int status, String title, String detail) {
    write(response, status, title, detail, null);
  }

  /**
   * A problem detail that names the incident under which the server log holds the cause, as the
   * API's own 500 and 503 answers do; {@code incident} null for none.
   */
  public static void write(
      HttpServletResponse response, int status, String title, String detail, String incident) {
    try {
      response.setStatus(status);
      if (status == HttpServletResponse.SC_SERVICE_UNAVAILABLE
          && !response.containsHeader("Retry-After")) {
        // Answered here only when the accounts' database is away, which is back within seconds.
        response.setIntHeader("Retry-After", DATABASE_RETRY_AFTER_SECONDS);
      }
      response.setContentType("application/problem+json");
      response.setCharacterEncoding("UTF-8");
      response
          .getWriter()
          .write(
              "{\"type\":\"about:blank\",\"title\":\""
                  + title
                  + "\",\"status\":"
                  + status
                  + ",\"detail\":\""
                  + detail
                  + (incident == null ? "" : "\",\"incident\":\"" + incident)
                  + "\"}");
      // Closing completes the exchange, so the server adds no error page of its own.
      response.getWriter().close();
    } catch (IOException clientGone) {
      // Nothing to tell a client that has gone away.
    }
  }
}
