package org.careroute.interfaces.rest.practice;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.careroute.application.practice.PracticeService;
import org.careroute.application.practice.TreatmentForm;
import org.careroute.application.practice.TreatmentView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/admin/treatments")
@RequestScoped
@RolesAllowed("ADMIN")
@Tag(name = "Administration")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TreatmentAdminResource {

  @Inject PracticeService practice;

  @GET
  @Operation(summary = "The whole catalog, inactive treatments included")
  public List<TreatmentView> treatments() {
    return practice.treatments(true);
  }

  @POST
  @Operation(summary = "Add a treatment")
  public Response create(TreatmentForm form) {
    return Response.status(Response.Status.CREATED).entity(practice.createTreatment(form)).build();
  }

  @PUT
  @Path("/{id}")
  @Operation(summary = "Change a treatment; its code stays")
  public TreatmentView update(@PathParam("id") long id, TreatmentForm form) {
    return practice.updateTreatment(id, form);
  }
}
