package org.careroute.interfaces.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.careroute.application.audit.RefusedAccessAudit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses writes that another site's page could make in a user's name. A browser sends the session
 * cookie (and Basic credentials it keeps) with any site's form or script, so a state-changing API
 * request must come from this server's own origin: a browser says where from in {@code Origin} and
 * {@code Sec-Fetch-Site}. A request with neither comes from no browser (every browser sends {@code
 * Origin} on a cross-site POST), so API clients are unaffected.
 *
 * <p>Form and plain-text bodies are what a page can send elsewhere without asking the server first
 * (CORS "simple requests"); the API speaks JSON only, so they are refused (415) everywhere.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class SameOriginWriteFilter extends HttpFilter {

  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  private static final List<String> FORM_TYPES =
      List.of("application/x-www-form-urlencoded", "multipart/form-data", "text/plain");

  private static final Logger LOG = Logger.getLogger(SameOriginWriteFilter.class.getName());

  @Inject RefusedAccessAudit audit;

  /** Origins a proxy in front of the server presents, when it rewrites the Host header. */
  @Inject
  @ConfigProperty(name = "careroute.web.allowed-origins")
  Optional<List<String>> allowedOrigins;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (SAFE_METHODS.contains(request.getMethod())) {
      chain.doFilter(request, response);
      return;
    }
    if (!fromOwnOrigin(request)) {
      refuse(
          request,
          response,
          HttpServletResponse.SC_FORBIDDEN,
          "Forbidden",
          "Changes are accepted only from CareRoute's own pages. Open CareRoute itself and try again.",
          "write from another site");
      return;
    }
    String type = request.getContentType();
    if (type != null && isFormType(type)) {
      refuse(
          request,
          response,
          HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE,
          "Unsupported media type",
          "Send the body as JSON with Content-Type: application/json.",
          "form or text body");
      return;
    }
    chain.doFilter(request, response);
  }

  private boolean fromOwnOrigin(HttpServletRequest request) {
    String fetchSite = request.getHeader("Sec-Fetch-Site");
    if (fetchSite != null && !fetchSite.equals("same-origin") && !fetchSite.equals("none")) {
      return false;
    }
    String origin = request.getHeader("Origin");
    if (origin == null) {
      return true;
    }
    if (allowedOrigins.orElse(List.of()).contains(origin)) {
      return true;
    }
    // "null" (a sandboxed or file page) and anything unparsable is another origin.
    String host = request.getHeader("Host");
    try {
      URI uri = URI.create(origin);
      return host != null && uri.getRawAuthority() != null && host.equals(uri.getRawAuthority());
    } catch (IllegalArgumentException notAnOrigin) {
      return false;
    }
  }

  private static boolean isFormType(String contentType) {
    String type = contentType.toLowerCase(Locale.ROOT);
    return FORM_TYPES.stream().anyMatch(type::startsWith);
  }

  private void refuse(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      String title,
      String detail,
      String reason) {
    Principal caller = request.getUserPrincipal();
    try {
      audit.refused(
          caller == null ? RefusedAccessAudit.ANONYMOUS : caller.getName(),
          request.getMethod() + " " + request.getRequestURI(),
          reason + " (" + status + ")");
    } catch (RuntimeException auditUnreachable) {
      // The refusal stands whether or not it could be recorded.
      LOG.warning(() -> "Could not audit a refusal: " + auditUnreachable.getClass().getName());
    }
    ServletProblems.write(response, status, title, detail);
  }
}
