package org.careroute.interfaces.rest.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import java.util.TreeSet;
import org.careroute.application.Caller;
import org.careroute.application.session.LoginSessionService;
import org.careroute.application.session.StartedSession;
import org.careroute.domain.shared.InvalidRequestException;
import org.careroute.interfaces.rest.CallerResolver;
import org.careroute.interfaces.rest.problem.Problem;
import org.careroute.interfaces.security.Challenges;
import org.careroute.interfaces.security.PasswordLogin;
import org.careroute.interfaces.security.SessionCookie;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Log in to a session (a cookie for browsers), see who is logged in, log out. The session is a row
 * in the database, not a server session: any node of a cluster serves it, and a node's death ends
 * no session.
 */
@Path("/session")
@RequestScoped
@Tag(name = "Session")
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

  /** The caller's login and roles. */
  public record SessionView(String login, Set<String> roles) {}

  private static final int TOO_MANY_REQUESTS = 429;

  @Inject PasswordLogin passwords;

  @Inject CallerResolver callers;

  @Inject Validator validator;

  @Inject LoginSessionService sessions;

  @Context HttpServletRequest request;

  @Context HttpServletResponse response;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Log in: starts a session whose cookie authenticates later requests")
  @APIResponse(responseCode = "200", description = "Logged in; the cookie is set")
  @APIResponse(responseCode = "401", description = "The email address or password is wrong")
  @APIResponse(
      responseCode = "429",
      description = "Too many failed logins: wait for Retry-After seconds, or ask an admin")
  public Response login(Credentials credentials) {
    if (credentials == null) {
      throw new InvalidRequestException("body", "Send login and password as a JSON body.");
    }
    Set<ConstraintViolation<Credentials>> violations = validator.validate(credentials);
    if (!violations.isEmpty()) {
      throw new ConstraintViolationException(violations);
    }
    PasswordLogin.Outcome outcome =
        passwords.check(credentials.login(), credentials.password(), request.getRemoteAddr());
    if (outcome instanceof PasswordLogin.Throttled throttled) {
      return Response.status(TOO_MANY_REQUESTS)
          .header("Retry-After", PasswordLogin.retryAfterSeconds(throttled.retryAfter()))
          .type(Problem.MEDIA_TYPE)
          .entity(
              Problem.of(
                  TOO_MANY_REQUESTS,
                  PasswordLogin.THROTTLED_TITLE,
                  PasswordLogin.throttledDetail(throttled.retryAfter())))
          .build();
    }
    if (!(outcome instanceof PasswordLogin.LoggedIn loggedIn)) {
      throw new NotAuthorizedException(Challenges.forRequest(request));
    }
    CredentialValidationResult result = loggedIn.result();
    // An earlier session this browser still carries ends; the new one gets a fresh token, so that a
    // token planted before login is worth nothing.
    SessionCookie.token(request).ifPresent(sessions::end);
    StartedSession session =
        sessions.start(result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups()));
    response.addCookie(SessionCookie.carrying(session.token(), request));
    return Response.ok(new SessionView(session.login(), new TreeSet<>(session.roles()))).build();
  }

  @GET
  @Operation(summary = "Who is logged in")
  public SessionView current() {
    Caller caller = callers.caller();
    TreeSet<String> roles = new TreeSet<>();
    caller.roles().forEach(r -> roles.add(r.name()));
    return new SessionView(caller.login(), roles);
  }

  @DELETE
  @Operation(summary = "Log out: ends the session")
  public Response logout() {
    SessionCookie.token(request).ifPresent(sessions::end);
    response.addCookie(SessionCookie.expired(request));
    return Response.noContent().build();
  }
}
