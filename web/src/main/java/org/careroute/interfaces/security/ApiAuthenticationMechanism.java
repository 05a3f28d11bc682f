package org.careroute.interfaces.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.careroute.application.session.LoginSessionService;
import org.careroute.application.session.SessionLogin;
import org.careroute.interfaces.web.IncidentLog;
import org.careroute.interfaces.web.ServletProblems;

/**
 * Authenticates each request from an HTTP Basic header, or else from the session that {@code POST
 * /api/session} started (its cookie, or its token as a bearer token). Sessions live in the
 * database, so any node of a cluster knows them. Requests with neither stay anonymous; the
 * resources decide what anonymous callers may do. Wrong credentials end the request with a 401
 * problem at once, too many of them with a 429 before any password is hashed ({@link
 * PasswordLogin}).
 */
@ApplicationScoped
public class ApiAuthenticationMechanism implements HttpAuthenticationMechanism {

  private static final String BASIC = "Basic ";

  /**
   * An API client may send its session's token (the cookie's value) as a bearer token: the hash is
   * paid once at login, and a header no browser adds by itself carries no cross-site risk.
   */
  private static final String BEARER = "Bearer ";

  /** RFC 6585; the servlet API names no constant for it. */
  private static final int TOO_MANY_REQUESTS = 429;

  @Inject PasswordLogin passwords;

  @Inject LoginSessionService sessions;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String header = request.getHeader("Authorization");
    if (header != null && header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
      PasswordLogin.Outcome outcome;
      try {
        outcome = checkBasic(header.substring(BASIC.length()).trim(), request.getRemoteAddr());
      } catch (RuntimeException accountsUnreachable) {
        return fail(
            request,
            response,
            HttpServletResponse.SC_SERVICE_UNAVAILABLE,
            "Service unavailable",
            "Logging in is not possible right now. Please try again in a few seconds.",
            IncidentLog.record(HttpServletResponse.SC_SERVICE_UNAVAILABLE, accountsUnreachable));
      }
      if (outcome instanceof PasswordLogin.LoggedIn loggedIn) {
        return context.notifyContainerAboutLogin(loggedIn.result());
      }
      if (outcome instanceof PasswordLogin.Throttled throttled) {
        response.setHeader(
            "Retry-After", String.valueOf(PasswordLogin.retryAfterSeconds(throttled.retryAfter())));
        return fail(
            request,
            response,
            TOO_MANY_REQUESTS,
            PasswordLogin.THROTTLED_TITLE,
            PasswordLogin.throttledDetail(throttled.retryAfter()));
      }
      response.setHeader("WWW-Authenticate", Challenges.forRequest(request));
      return fail(
          request,
          response,
          HttpServletResponse.SC_UNAUTHORIZED,
          "Unauthorized",
          "The email address or password is wrong.");
    }
    Optional<String> token =
        header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())
            ? Optional.of(header.substring(BEARER.length()).trim()).filter(t -> !t.isEmpty())
            : SessionCookie.token(request);
    if (token.isPresent()) {
      Optional<SessionLogin> session;
      try {
        session = sessions.resume(token.get());
      } catch (RuntimeException sessionsUnreachable) {
        return fail(
            request,
            response,
            HttpServletResponse.SC_SERVICE_UNAVAILABLE,
            "Service unavailable",
            "Your session cannot be checked right now. Please try again in a few seconds.",
            IncidentLog.record(HttpServletResponse.SC_SERVICE_UNAVAILABLE, sessionsUnreachable));
      }
      if (session.isPresent()) {
        SessionLogin login = session.get();
        return context.notifyContainerAboutLogin(login::login, login.roles());
      }
      // An ended session: the caller is anonymous, and logging in again starts a new one.
    }
    return context.doNothing();
  }

  /** Credentials that are not even well-formed are wrong without a check or a count. */
  private PasswordLogin.Outcome checkBasic(String encoded, String clientAddress) {
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notBase64) {
      return new PasswordLogin.Wrong();
    }
    int colon = decoded.indexOf(':');
    if (colon <= 0) {
      return new PasswordLogin.Wrong();
    }
    return passwords.check(
        decoded.substring(0, colon), decoded.substring(colon + 1), clientAddress);
  }

  private static AuthenticationStatus fail(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      String title,
      String detail) {
    return fail(request, response, status, title, detail, null);
  }

  private static AuthenticationStatus fail(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      String title,
      String detail,
      String incident) {
    try {
      // Undertow sends an error page of its own after a failed authentication unless the exchange
      // is complete, which needs the request's body read too; sending one on the committed answer
      // failed with a stack trace per request (a booking's POST while the database was away).
      request.getInputStream().transferTo(OutputStream.nullOutputStream());
    } catch (IOException clientGone) {
      // Nothing to tell a client that has gone away; the answer below finds it gone too.
    }
    ServletProblems.write(response, status, title, detail, incident);
    return AuthenticationStatus.SEND_FAILURE;
  }
}
