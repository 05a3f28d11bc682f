package org.careroute.interfaces.rest.calendar;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.careroute.application.calendar.CalendarService;
import org.careroute.interfaces.rest.CallerResolver;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Bookings and visits for calendar apps: one booking as a file, or all of them behind a secret
 * link.
 */
@Path("/calendar")
@RequestScoped
@Tag(name = "Calendar")
public class CalendarResource {

  static final String TEXT_CALENDAR = "text/calendar";

  /** Whether a feed link exists, and the link itself only when it has just been made. */
  public record FeedView(boolean active, URI url) {}

  @Inject CalendarService calendars;

  @Inject CallerResolver callers;

  @Context UriInfo uri;

  @GET
  @Path("/appointments/{id}.ics")
  @Produces(TEXT_CALENDAR)
  @RolesAllowed({"PATIENT", "NURSE", "DISPATCHER", "CLINICIAN", "ADMIN"})
  @Operation(summary = "One booking as a calendar file")
  public Response appointment(@PathParam("id") long id) {
    return Response.ok(calendars.appointmentCalendar(callers.caller(), id))
        .header("Content-Disposition", "attachment; filename=\"careroute-booking-" + id + ".ics\"")
        .build();
  }

  @GET
  @Path("/feed")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({"PATIENT", "NURSE"})
  @Operation(summary = "Whether the caller has a working calendar feed link")
  public FeedView feed() {
    return new FeedView(calendars.hasFeed(callers.caller()), null);
  }

  @POST
  @Path("/feed")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({"PATIENT", "NURSE"})
  @Operation(
      summary =
          "Make a new secret feed link; an earlier one stops working. The link is shown only now.")
  public FeedView renewFeed() {
    String secret = calendars.renewFeed(callers.caller()).secret();
    return new FeedView(
        true, uri.getBaseUriBuilder().path("calendar/feeds/{secret}.ics").build(secret));
  }

  @DELETE
  @Path("/feed")
  @RolesAllowed({"PATIENT", "NURSE"})
  @Operation(summary = "Revoke the feed link")
  public Response revokeFeed() {
    calendars.revokeFeed(callers.caller());
    return Response.noContent().build();
  }

  @GET
  @Path("/feeds/{secret}.ics")
  @Produces(TEXT_CALENDAR)
  @PermitAll
  @Operation(
      summary = "The calendar behind a secret feed link (for calendar apps, which cannot log in)")
  public Response subscribed(@PathParam("secret") String secret) {
    return Response.ok(calendars.feed(secret)).header("Cache-Control", "private, no-store").build();
  }
}
