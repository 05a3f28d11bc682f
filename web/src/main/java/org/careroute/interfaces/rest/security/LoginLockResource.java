package org.careroute.interfaces.rest.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.careroute.application.session.LoginProtection;
import org.careroute.interfaces.rest.CallerResolver;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Admins unlock a login that too many failures locked, and see the hashing work of a node. */
@Path("/admin/logins")
@RequestScoped
@RolesAllowed("ADMIN")
@Tag(name = "Administration")
@Produces(MediaType.APPLICATION_JSON)
public class LoginLockResource {

  /** Whether the login had failures that the unlock forgot. */
  public record Unlocked(String login, boolean hadFailedLogins) {}

  /** How many passwords the answering node has hashed since it started. */
  public record PasswordChecks(long passwordChecks) {}

  @Inject LoginProtection protection;

  @Inject CallerResolver callers;

  @DELETE
  @Path("/{login}/failures")
  @Operation(summary = "Unlock a login: forget its failed logins, so that it may log in at once")
  public Unlocked unlock(@PathParam("login") String login) {
    return new Unlocked(login, protection.unlock(callers.caller(), login));
  }

  @GET
  @Path("/password-checks")
  @Operation(
      summary =
          "Passwords hashed by the answering node since it started (credentials verified within"
              + " the last minute are not hashed again)")
  public PasswordChecks passwordChecks() {
    return new PasswordChecks(protection.passwordChecksOnThisNode());
  }
}
