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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.careroute.application.practice.ChairForm;
import org.careroute.application.practice.ClinicForm;
import org.careroute.application.practice.ClinicView;
import org.careroute.application.practice.PracticeService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/admin/clinics")
@RequestScoped
@RolesAllowed("ADMIN")
@Tag(name = "Administration")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClinicAdminResource {

  @Inject PracticeService practice;

  @Context UriInfo uriInfo;

  @GET
  @Operation(summary = "All clinics")
  public List<ClinicView> clinics() {
    return practice.clinics();
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One clinic")
  public ClinicView clinic(@PathParam("id") long id) {
    return practice.clinic(id);
  }

  @POST
  @Operation(summary = "Add a clinic")
  public Response create(ClinicForm form) {
    ClinicView created = practice.createClinic(form);
    return Response.created(
            uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(created)
        .build();
  }

  @PUT
  @Path("/{id}")
  @Operation(summary = "Change a clinic's details and opening hours")
  public ClinicView update(@PathParam("id") long id, ClinicForm form) {
    return practice.updateClinic(id, form);
  }

  @POST
  @Path("/{id}/chairs")
  @Operation(summary = "Add a chair")
  public Response addChair(@PathParam("id") long id, ChairForm form) {
    return Response.status(Response.Status.CREATED).entity(practice.addChair(id, form)).build();
  }

  @PUT
  @Path("/{id}/chairs/{chairId}")
  @Operation(summary = "Relabel a chair, or take it out of use")
  public ClinicView updateChair(
      @PathParam("id") long id, @PathParam("chairId") long chairId, ChairForm form) {
    return practice.updateChair(id, chairId, form);
  }
}
