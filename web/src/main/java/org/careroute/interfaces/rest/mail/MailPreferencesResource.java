package org.careroute.interfaces.rest.mail;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.EnumMap;
import java.util.Map;
import org.careroute.application.mail.MailPreferences;
import org.careroute.application.mail.MailPreferencesService;
import org.careroute.domain.model.mail.MailKind;
import org.careroute.domain.shared.InvalidRequestException;
import org.careroute.interfaces.rest.CallerResolver;
import org.careroute.interfaces.rest.QueryParameters;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Which kinds of mail a person gets: logged in, or through the link every mail carries. */
@Path("/mail")
@RequestScoped
@Tag(name = "Mail")
@Produces(MediaType.APPLICATION_JSON)
public class MailPreferencesResource {

  @Inject MailPreferencesService preferences;

  @Inject CallerResolver callers;

  @GET
  @Path("/preferences")
  @RolesAllowed({"PATIENT", "NURSE", "DISPATCHER", "CLINICIAN", "ADMIN"})
  @Operation(summary = "Which kinds of mail the caller gets")
  public MailPreferences mine() {
    return preferences.preferences(callers.caller());
  }

  @PUT
  @Path("/preferences")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({"PATIENT", "NURSE", "DISPATCHER", "CLINICIAN", "ADMIN"})
  @Operation(summary = "Turn kinds of mail on or off, as {\"REMINDER\": false}")
  public MailPreferences choose(Map<String, Boolean> wanted) {
    if (wanted == null) {
      throw new InvalidRequestException(
          "body", "Say which kinds of mail to send, as {\"REMINDER\": false, ...}.");
    }
    Map<MailKind, Boolean> kinds = new EnumMap<>(MailKind.class);
    wanted.forEach(
        (kind, on) -> kinds.put(QueryParameters.requiredEnum(kind, kind, MailKind.class), on));
    return preferences.choose(callers.caller(), kinds);
  }

  @GET
  @Path("/unsubscribe/{token}")
  @PermitAll
  @Operation(summary = "The mail preferences behind a mail's unsubscribe link")
  public MailPreferences ofLink(@PathParam("token") String token) {
    return preferences.preferencesOfLink(token);
  }

  @POST
  @Path("/unsubscribe/{token}")
  @PermitAll
  @Operation(
      summary =
          "Turn a kind of mail off through a mail's unsubscribe link (every kind without ?kind=)")
  public MailPreferences unsubscribe(
      @PathParam("token") String token, @QueryParam("kind") String kind) {
    return preferences.unsubscribe(
        token,
        kind == null || kind.isBlank()
            ? null
            : QueryParameters.requiredEnum("kind", kind, MailKind.class));
  }
}
