package org.careroute.interfaces.rest.booking;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.careroute.application.booking.AvailabilityQuery;
import org.careroute.application.booking.BookingService;
import org.careroute.application.booking.OfferedWindow;
import org.careroute.domain.model.treatment.CareSetting;
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
      @QueryParam("treatment") String treatment,
      @QueryParam("setting") String setting,
      @QueryParam("clinic") String clinic,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("patient") String patient,
      @QueryParam("moving") String moving) {
    AvailabilityQuery query =
        new AvailabilityQuery(
            QueryParameters.requiredId("treatment", treatment),
            QueryParameters.requiredEnum("setting", setting, CareSetting.class),
            QueryParameters.requiredId("clinic", clinic),
            QueryParameters.requiredDate("from", from),
            QueryParameters.requiredDate("to", to),
            QueryParameters.optionalId("patient", patient),
            QueryParameters.optionalId("moving", moving));
    return bookings.availability(callers.caller(), query);
  }
}
