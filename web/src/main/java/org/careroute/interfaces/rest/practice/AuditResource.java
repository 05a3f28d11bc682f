package org.careroute.interfaces.rest.practice;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.careroute.application.audit.AuditEventView;
import org.careroute.application.audit.AuditQueryService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/admin/audit")
@RequestScoped
@RolesAllowed("ADMIN")
@Tag(name = "Administration")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

  @Inject AuditQueryService audit;

  @GET
  @Operation(summary = "Every read and change of one record, oldest first")
  public List<AuditEventView> events(
      @QueryParam("recordType") String recordType, @QueryParam("recordId") String recordId) {
    return audit.eventsFor(recordType, recordId);
  }
}
