package org.careroute.interfaces.rest.mail;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.careroute.application.mail.OutboxEntry;
import org.careroute.application.mail.OutboxService;
import org.careroute.interfaces.rest.CallerResolver;
import org.careroute.interfaces.rest.QueryParameters;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/admin/outbox")
@RequestScoped
@RolesAllowed("ADMIN")
@Tag(name = "Administration")
@Produces(MediaType.APPLICATION_JSON)
public class OutboxResource {

  @Inject OutboxService outbox;

  @Inject CallerResolver callers;

  @GET
  @Operation(
      summary =
          "The newest messages of the outbox: sent, waiting, or not sent (and why), newest first")
  public List<OutboxEntry> newest(@QueryParam("limit") @DefaultValue("100") String limit) {
    return outbox.newest(callers.caller(), QueryParameters.requiredId("limit", limit).intValue());
  }
}
