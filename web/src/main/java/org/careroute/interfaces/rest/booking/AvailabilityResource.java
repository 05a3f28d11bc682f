package org.careroute.interfaces.rest.booking;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.careroute.application.booking.BookingService;
import org.careroute.application.booking.OfferedWindow;
import org.careroute.interfaces.rest.CallerResolver;
import org.careroute.interfaces.rest.QueryParameters;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/availability")
@RequestScoped
@Tag(name = "Booking")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"PATIENT", "DISPATCHER", "ADMIN"})
public class AvailabilityResource {

  @Inject BookingService bookings;

  @Inject CallerResolver callers;

  @GET
  @Operation(
      summary =
          "Bookable windows: clinic start times, or two-hour home arrival windows, earliest first;"
              + " with moving, those the booking may move to (within its series' gaps)")
  public List<OfferedWindow> availability(
      @BeanParam AvailabilityParameters days, @QueryParam("moving") String moving) {
    return bookings.availability(
        callers.caller(), days.query(QueryParameters.optionalId("moving", moving)));
  }
}
