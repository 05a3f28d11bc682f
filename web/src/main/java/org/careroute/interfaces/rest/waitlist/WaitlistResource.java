package org.careroute.interfaces.rest.waitlist;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.careroute.application.booking.AppointmentView;
import org.careroute.application.waitlist.JoinWaitlist;
import org.careroute.application.waitlist.WaitlistEntryView;
import org.careroute.application.waitlist.WaitlistOfferView;
import org.careroute.application.waitlist.WaitlistService;
import org.careroute.interfaces.rest.CallerResolver;
import org.careroute.interfaces.rest.QueryParameters;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/waitlist")
@RequestScoped
@Tag(name = "Waitlist")
@Produces(MediaType.APPLICATION_JSON)
public class WaitlistResource {

  @Inject WaitlistService waitlist;

  @Inject CallerResolver callers;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({"PATIENT", "DISPATCHER", "ADMIN"})
  @Operation(
      summary =
          "Join the waitlist: treatment, CLINIC or HOME, clinic, days and times of day (the desk"
              + " names the patient)")
  public Response join(JoinWaitlist join) {
    return Response.status(Response.Status.CREATED)
        .entity(waitlist.join(callers.caller(), join))
        .build();
  }

  @GET
  @RolesAllowed("PATIENT")
  @Operation(summary = "My places on the waitlist, with any place offered now")
  public List<WaitlistEntryView> mine() {
    return waitlist.mine(callers.caller());
  }

  @DELETE
  @Path("/{id}")
  @RolesAllowed({"PATIENT", "DISPATCHER", "ADMIN"})
  @Operation(summary = "Leave the waitlist")
  public Response remove(@PathParam("id") long id) {
    waitlist.remove(callers.caller(), id);
    return Response.noContent().build();
  }

  @GET
  @Path("/day")
  @RolesAllowed({"DISPATCHER", "ADMIN"})
  @Operation(summary = "A clinic's waiting patients for a day, first come first")
  public List<WaitlistEntryView> day(
      @QueryParam("clinic") String clinic, @QueryParam("day") String day) {
    return waitlist.day(
        callers.caller(),
        QueryParameters.requiredId("clinic", clinic),
        QueryParameters.requiredDate("day", day));
  }

  @GET
  @Path("/offers/{token}")
  @PermitAll
  @Operation(summary = "The place a waitlist mail offers")
  public WaitlistOfferView offer(@PathParam("token") String token) {
    return waitlist.offer(token);
  }

  @POST
  @Path("/offers/{token}/accept")
  @Consumes(MediaType.WILDCARD)
  @PermitAll
  @Operation(summary = "Take the offered place: it is booked; 409 when the offer has ended")
  public AppointmentView accept(@PathParam("token") String token) {
    return waitlist.accept(token);
  }

  @POST
  @Path("/offers/{token}/decline")
  @Consumes(MediaType.WILDCARD)
  @PermitAll
  @Operation(summary = "Let the offered place go to the next waiting patient")
  public Response decline(@PathParam("token") String token) {
    waitlist.decline(token);
    return Response.noContent().build();
  }
}
