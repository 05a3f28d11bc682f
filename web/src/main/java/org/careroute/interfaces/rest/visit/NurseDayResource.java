package org.careroute.interfaces.rest.visit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.careroute.application.visit.NurseDayService;
import org.careroute.application.visit.VisitProgress;
import org.careroute.application.visit.VisitView;
import org.careroute.interfaces.rest.CallerResolver;
import org.careroute.interfaces.rest.QueryParameters;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/nurse")
@RequestScoped
@RolesAllowed("NURSE")
@Tag(name = "Nurse's day")
@Produces(MediaType.APPLICATION_JSON)
public class NurseDayResource {

  @Inject NurseDayService days;

  @Inject CallerResolver callers;

  @GET
  @Path("/visits")
  @Operation(summary = "The logged-in nurse's visits on a day, in planned order")
  public List<VisitView> day(@QueryParam("day") String day) {
    return days.day(callers.caller(), QueryParameters.requiredDate("day", day));
  }

  @POST
  @Path("/visits/{id}/progress")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Record arrived, started or finished at one of the nurse's visits of today",
      description =
          "Only on the visit's own day in its clinic's calendar. Finishing well before the planned"
              + " session and observation answers 409 until the body says confirmEarly: true; the"
              + " visit is then recorded as finished early.")
  public VisitView progress(@PathParam("id") long id, VisitProgress progress) {
    return days.record(callers.caller(), id, progress);
  }

  @POST
  @Path("/visits/{id}/progress/undo")
  @Operation(
      summary = "Take back the last step recorded at one of the nurse's visits",
      description =
          "Within careroute.visits.undo-minutes (5 by default) of the mark. Undoing arrived returns"
              + " the visit to booked, so that re-planning no longer holds it in place.")
  public VisitView undo(@PathParam("id") long id) {
    return days.undo(callers.caller(), id);
  }
}
