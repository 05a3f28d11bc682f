package org.careroute.interfaces.rest.booking;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.careroute.application.booking.BookingService;
import org.careroute.application.booking.SeriesAvailability;
import org.careroute.application.booking.SeriesAvailabilityQuery;
import org.careroute.application.booking.SeriesBooking;
import org.careroute.interfaces.rest.CallerResolver;
import org.careroute.interfaces.rest.QueryParameters;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/series")
@RequestScoped
@Tag(name = "Booking")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SeriesResource {

  @Inject BookingService bookings;

  @Inject CallerResolver callers;

  @GET
  @Path("availability")
  @RolesAllowed({"PATIENT", "DISPATCHER", "ADMIN"})
  @Operation(
      summary =
          "First times from which every session of the series fits, each with the sessions it"
              + " would book; when none, what would fit (fewer sessions, wider gaps, another clinic)")
  public SeriesAvailability availability(
      @BeanParam AvailabilityParameters days,
      @QueryParam("sessions") String sessions,
      @QueryParam("minGapDays") String minGapDays,
      @QueryParam("maxGapDays") String maxGapDays) {
    return bookings.seriesAvailability(
        callers.caller(),
        new SeriesAvailabilityQuery(
            days.query(null),
            QueryParameters.requiredInt("sessions", sessions),
            QueryParameters.requiredInt("minGapDays", minGapDays),
            QueryParameters.requiredInt("maxGapDays", maxGapDays)));
  }

  @POST
  @RolesAllowed({"PATIENT", "DISPATCHER", "ADMIN"})
  @Operation(
      summary =
          "Book a whole treatment series within its gaps, or nothing (409 says which session failed)")
  public Response book(SeriesBooking booking) {
    return Response.status(Response.Status.CREATED)
        .entity(bookings.bookSeries(callers.caller(), booking))
        .build();
  }
}
