package org.careroute.interfaces.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers that keep the pages safe even if some text slipped through unescaped: scripts and styles
 * only from this server, no framing, no referrer (feed links carry secrets), no sniffing; and no
 * caching of any API answer, since most carry patient data. (The server itself adds them to {@code
 * /openapi}, which is not the application's: configure-server.cli.)
 */
// Asynchronous, so that the plan's server-sent event stream can pass through.
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

  @Inject MapSettings map;

  private String policy;

  @Override
  public void init() {
    String tiles = map.tileOrigin().map(origin -> " " + origin).orElse("");
    policy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:"
            + tiles
            + "; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("Content-Security-Policy", policy);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("X-Frame-Options", "DENY");
    if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
      // Answers of the API may carry patient data; no browser or proxy may keep them.
      response.setHeader("Cache-Control", "no-store");
    }
    chain.doFilter(request, response);
  }
}
