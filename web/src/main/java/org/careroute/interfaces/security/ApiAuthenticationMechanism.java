package org.careroute.interfaces.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import org.careroute.application.session.LoginSessionService;
import org.careroute.application.session.SessionLogin;

/**
 * Authenticates each request from an HTTP Basic header, or else from the session cookie that {@code
 * POST /api/session} set. Sessions live in the database, so any node of a cluster knows them.
 * Requests with neither stay anonymous; the resources decide what anonymous callers may do. Wrong
 * credentials end the request with a 401 problem at once.
 */
@ApplicationScoped
public class ApiAuthenticationMechanism implements HttpAuthenticationMechanism {

  private static final String BASIC = "Basic ";
  private static final int RETRY_AFTER_SECONDS = 5;
  private static final Logger LOG = Logger.getLogger(ApiAuthenticationMechanism.class.getName());

  @Inject IdentityStoreHandler identityStores;

  @Inject LoginSessionService sessions;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String header = request.getHeader("Authorization");
    if (header != null && header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
      CredentialValidationResult result;
      try {
        result = validateBasic(header.substring(BASIC.length()).trim());
      } catch (RuntimeException accountsUnreachable) {
        LOG.warning(
            () -> "Could not check credentials: " + accountsUnreachable.getClass().getName());
        return fail(
            request,
            response,
            HttpServletResponse.SC_SERVICE_UNAVAILABLE,
            "Service unavailable",
            "Logging in is not possible right now. Please try again in a few minutes.");
      }
      if (result.getStatus() == CredentialValidationResult.Status.VALID) {
        return context.notifyContainerAboutLogin(result);
      }
      response.setHeader("WWW-Authenticate", "Basic realm=\"CareRoute\"");
      return fail(
          request,
          response,
          HttpServletResponse.SC_UNAUTHORIZED,
          "Unauthorized",
          "The email address or password is wrong.");
    }
    Optional<String> token = SessionCookie.token(request);
    if (token.isPresent()) {
      Optional<SessionLogin> session;
      try {
        session = sessions.resume(token.get());
      } catch (RuntimeException sessionsUnreachable) {
        LOG.warning(
            () -> "Could not check a login session: " + sessionsUnreachable.getClass().getName());
        return fail(
            request,
            response,
            HttpServletResponse.SC_SERVICE_UNAVAILABLE,
            "Service unavailable",
            "Your session cannot be checked right now. Please try again in a few minutes.");
      }
      if (session.isPresent()) {
        SessionLogin login = session.get();
        return context.notifyContainerAboutLogin(login::login, login.roles());
      }
      // An ended session: the caller is anonymous, and logging in again starts a new one.
    }
    return context.doNothing();
  }

  private CredentialValidationResult validateBasic(String encoded) {
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notBase64) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    int colon = decoded.indexOf(':');
    if (colon <= 0) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    return identityStores.validate(
        new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1)));
  }

  /**
   * Ends the request here with a problem detail; the texts are constants, so no JSON escaping is
   * needed.
   */
  private static AuthenticationStatus fail(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      String title,
      String detail) {
    try {
      // Undertow sends an error page of its own after a failed authentication unless the exchange
      // is complete, which needs the request's body read too; sending one on the committed answer
      // failed with a stack trace per request (a booking's POST while the database was away).
      request.getInputStream().transferTo(OutputStream.nullOutputStream());
      response.setStatus(status);
      if (status == HttpServletResponse.SC_SERVICE_UNAVAILABLE) {
        // The accounts live in the database, which is back within seconds of a restart.
        response.setIntHeader("Retry-After", RETRY_AFTER_SECONDS);
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
                  + "\"}");
      // Closing completes the exchange, so the server adds no error page of its own.
      response.getWriter().close();
    } catch (IOException clientGone) {
      // Nothing to tell a client that has gone away.
    }
    return AuthenticationStatus.SEND_FAILURE;
  }
}
