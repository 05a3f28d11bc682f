package org.careroute.interfaces.rest.booking;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.careroute.application.booking.AppointmentView;
import org.careroute.application.booking.BookingService;
import org.careroute.application.booking.Rescheduling;
import org.careroute.application.booking.SessionBooking;
import org.careroute.interfaces.rest.CallerResolver;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/appointments")
@RequestScoped
@Tag(name = "Booking")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AppointmentResource {

  @Inject BookingService bookings;

  @Inject CallerResolver callers;

  @Context UriInfo uriInfo;

  @POST
  @RolesAllowed({"PATIENT", "DISPATCHER", "ADMIN"})
  @Operation(summary = "Book one session; 409 when the window is taken meanwhile")
  public Response book(SessionBooking booking) {
    AppointmentView booked = bookings.book(callers.caller(), booking);
    return Response.created(
            uriInfo.getAbsolutePathBuilder().path(String.valueOf(booked.id())).build())
        .entity(booked)
        .build();
  }

  @GET
  @RolesAllowed("PATIENT")
  @Operation(summary = "My appointments, oldest first")
  public List<AppointmentView> mine() {
    return bookings.appointmentsOf(callers.caller());
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({"PATIENT", "NURSE", "DISPATCHER", "CLINICIAN", "ADMIN"})
  @Operation(summary = "One appointment; another patient's gives 404")
  public AppointmentView appointment(@PathParam("id") long id) {
    return bookings.appointment(callers.caller(), id);
  }

  @POST
  @Path("/{id}/cancel")
  @Consumes(MediaType.WILDCARD)
  @RolesAllowed({"PATIENT", "DISPATCHER", "ADMIN"})
  @Operation(summary = "Cancel; patients can until the cut-off before the start")
  public AppointmentView cancel(@PathParam("id") long id) {
    return bookings.cancel(callers.caller(), id);
  }

  @POST
  @Path("/{id}/reschedule")
  @RolesAllowed({"PATIENT", "DISPATCHER", "ADMIN"})
  @Operation(summary = "Move to another window; series gaps and the cut-off apply")
  public AppointmentView reschedule(@PathParam("id") long id, Rescheduling rescheduling) {
    return bookings.reschedule(callers.caller(), id, rescheduling);
  }
}
