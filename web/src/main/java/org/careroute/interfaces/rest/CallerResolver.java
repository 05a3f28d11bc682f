package org.careroute.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.NotAuthorizedException;
import java.security.Principal;
import java.util.EnumSet;
import java.util.Set;
import org.careroute.application.AccessReasonRequiredException;
import org.careroute.application.Caller;
import org.careroute.domain.model.account.Role;

/** The authenticated caller of the current request, as the application services take it. */
@RequestScoped
public class CallerResolver {

  @Inject SecurityContext securityContext;

  @Inject HttpServletRequest request;

  /**
   * The reason given for reading a patient outside one's care: the header, else the query parameter
   * (a link a page can open).
   */
  private String accessReason() {
    String header = request.getHeader(AccessReasonRequiredException.HEADER);
    return header != null ? header : request.getParameter(AccessReasonRequiredException.PARAMETER);
  }

  public Caller caller() {
    // The servlet request, unlike Jakarta Security's context, has no principal at all for anonymous
    // callers.
    Principal principal = request.getUserPrincipal();
    if (principal == null) {
      throw new NotAuthorizedException("Basic realm=\"CareRoute\"");
    }
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (Role role : Role.values()) {
      if (securityContext.isCallerInRole(role.name())) {
        roles.add(role);
      }
    }
    return new Caller(principal.getName(), roles, accessReason());
  }
}
