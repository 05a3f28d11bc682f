package org.careroute.interfaces.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Problem details written by servlet filters and the authentication mechanism, which answer before
 * JAX-RS and its exception mapper are reached.
 */
public final class ServletProblems {

  private ServletProblems() {}

  /**
   * Ends the exchange with a problem detail. The texts are the server's own constants and numbers,
   * never the request's, so no JSON escaping is needed.
   */
  public static void write(HttpServletResponse response, int status, String title, String detail) {
    try {
      response.setStatus(status);
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
                  + "\"}");
      // Closing completes the exchange, so the server adds no error page of its own.
      response.getWriter().close();
    } catch (IOException clientGone) {
      // Nothing to tell a client that has gone away.
    }
  }
}
