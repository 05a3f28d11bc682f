package org.careroute.interfaces.rest.practice;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.careroute.application.practice.NurseForm;
import org.careroute.application.practice.NurseView;
import org.careroute.application.practice.PracticeService;
import org.careroute.application.practice.ShiftForm;
import org.careroute.application.practice.ShiftPatternForm;
import org.careroute.application.practice.ShiftPatternView;
import org.careroute.application.practice.ShiftService;
import org.careroute.application.practice.ShiftView;
import org.careroute.interfaces.rest.QueryParameters;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/admin")
@RequestScoped
@RolesAllowed("ADMIN")
@Tag(name = "Administration")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NurseAdminResource {

  @Inject PracticeService practice;

  @Inject ShiftService shifts;

  @Context UriInfo uriInfo;

  @GET
  @Path("/nurses")
  @Operation(summary = "All nurses")
  public List<NurseView> nurses() {
    return practice.nurses();
  }

  @GET
  @Path("/nurses/{id}")
  @Operation(summary = "One nurse")
  public NurseView nurse(@PathParam("id") long id) {
    return practice.nurse(id);
  }

  @POST
  @Path("/nurses")
  @Operation(summary = "Add a nurse; with a password the nurse can log in")
  public Response create(NurseForm form) {
    NurseView created = practice.createNurse(form);
    return Response.created(
            uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(created)
        .build();
  }

  @PUT
  @Path("/nurses/{id}")
  @Operation(summary = "Change a nurse's certifications, home base or status")
  public NurseView update(@PathParam("id") long id, NurseForm form) {
    return practice.updateNurse(id, form);
  }

  @GET
  @Path("/nurses/{id}/shifts")
  @Operation(summary = "A nurse's shifts between two days")
  public List<ShiftView> shifts(
      @PathParam("id") long id, @QueryParam("from") String from, @QueryParam("to") String to) {
    return shifts.shiftsOf(
        id, QueryParameters.requiredDate("from", from), QueryParameters.requiredDate("to", to));
  }

  @POST
  @Path("/nurses/{id}/shifts")
  @Operation(summary = "Add a shift; it may not overlap another of the nurse's")
  public Response addShift(@PathParam("id") long id, ShiftForm form) {
    return Response.status(Response.Status.CREATED).entity(shifts.addShift(id, form)).build();
  }

  @GET
  @Path("/shifts/{shiftId}")
  @Operation(summary = "One shift")
  public ShiftView shift(@PathParam("shiftId") long shiftId) {
    return shifts.shift(shiftId);
  }

  @PUT
  @Path("/shifts/{shiftId}")
  @Operation(
      summary = "Change a shift",
      description =
          "409 with affectedBookings when bookings would lose their place; send again with"
              + " replaceBookings: true to place them anew")
  public ShiftView updateShift(@PathParam("shiftId") long shiftId, ShiftForm form) {
    return shifts.updateShift(shiftId, form);
  }

  @DELETE
  @Path("/shifts/{shiftId}")
  @Operation(
      summary = "Delete a shift",
      description =
          "Guarded as a change: 409 with affectedBookings when bookings stand on it; again with"
              + " ?replaceBookings=true to place them anew, refused whole when some cannot be")
  public ShiftView deleteShift(
      @PathParam("shiftId") long shiftId, @QueryParam("replaceBookings") boolean replaceBookings) {
    return shifts.deleteShift(shiftId, replaceBookings);
  }

  @POST
  @Path("/nurses/{id}/shift-patterns/preview")
  @Operation(
      summary = "Preview a weekly pattern of shifts",
      description =
          "The shifts the pattern would create and the days it skips (the nurse already works then,"
              + " or its start time has passed); nothing is stored")
  public ShiftPatternView previewPattern(@PathParam("id") long id, ShiftPatternForm form) {
    return shifts.previewPattern(id, form);
  }

  @POST
  @Path("/nurses/{id}/shift-patterns")
  @Operation(
      summary = "Add a weekly pattern of shifts for several weeks",
      description = "Creates the shifts of the preview; the skipped days are listed, not changed")
  public Response addPattern(@PathParam("id") long id, ShiftPatternForm form) {
    return Response.status(Response.Status.CREATED).entity(shifts.addPattern(id, form)).build();
  }
}
