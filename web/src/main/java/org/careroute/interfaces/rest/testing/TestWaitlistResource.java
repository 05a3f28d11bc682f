package org.careroute.interfaces.rest.testing;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.careroute.application.waitlist.FreedPlaceView;
import org.careroute.application.waitlist.WaitlistTestControls;
import org.careroute.domain.shared.InvalidRequestException;
import org.careroute.domain.shared.RecordNotFoundException;
import org.careroute.interfaces.rest.CallerResolver;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Looks into and breaks the waitlist's freed places for a durability test: which are pending, this
 * node's rounds paused, offers made to fail, a cancellation rolled back. Not part of the practice's
 * API (kept out of /openapi), and a 404 on any server not started with {@code
 * careroute.test.waitlist-controls=true}.
 */
@Path("/test/waitlist")
@RequestScoped
@RolesAllowed("ADMIN")
@Produces(MediaType.APPLICATION_JSON)
public class TestWaitlistResource {

  @Inject WaitlistTestControls controls;

  @Inject CallerResolver callers;

  /** What the rolled-back cancellation's own transaction saw. */
  public record RolledBack(int freedPlacesSeen) {}

  @GET
  @Path("/freed-places")
  @Operation(hidden = true)
  public List<FreedPlaceView> freedPlaces(@QueryParam("clinic") Long clinic) {
    return enabled().pendingAt(required(clinic));
  }

  @PUT
  @Path("/rounds")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(hidden = true)
  public Map<String, Boolean> pause(Map<String, Boolean> body) {
    Boolean paused = body == null ? null : body.get("paused");
    if (paused == null) {
      throw new InvalidRequestException("paused", "Say {\"paused\": true} or false.");
    }
    enabled().pauseOffers(paused);
    return Map.of("paused", paused);
  }

  @GET
  @Path("/failing-offers")
  @Operation(hidden = true)
  public Map<String, Integer> failingLeft(@QueryParam("clinic") Long clinic) {
    return Map.of("count", enabled().failingOffersLeft(required(clinic)));
  }

  @PUT
  @Path("/failing-offers")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(hidden = true)
  public Map<String, Integer> failNext(
      @QueryParam("clinic") Long clinic, Map<String, Integer> body) {
    Integer count = body == null ? null : body.get("count");
    if (count == null || count < 0) {
      throw new InvalidRequestException("count", "Say how many offers fail, as {\"count\": 1}.");
    }
    enabled().failNextOffers(required(clinic), count);
    return Map.of("count", count);
  }

  private static long required(Long clinic) {
    if (clinic == null) {
      throw new InvalidRequestException("clinic", "Name the clinic, as ?clinic=.");
    }
    return clinic;
  }

  @POST
  @Path("/appointments/{id}/cancel-rolled-back")
  @Operation(hidden = true)
  public RolledBack cancelRolledBack(@PathParam("id") long appointmentId) {
    return new RolledBack(enabled().cancelRolledBack(callers.caller(), appointmentId));
  }

  private WaitlistTestControls enabled() {
    if (!controls.enabled()) {
      throw new RecordNotFoundException("This server's waitlist cannot be controlled.");
    }
    return controls;
  }
}
