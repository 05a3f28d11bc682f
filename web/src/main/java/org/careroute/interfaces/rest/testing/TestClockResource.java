package org.careroute.interfaces.rest.testing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.careroute.application.clock.ClockControl;
import org.careroute.domain.shared.InvalidRequestException;
import org.careroute.domain.shared.RecordNotFoundException;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Moves the application's clock for a test, as {@code {"now": "2026-12-08T16:00:00Z"}}: reminders
 * fall due as if the time had passed. Not part of the practice's API (kept out of /openapi), and a
 * 404 on any server not started with {@code careroute.test.movable-clock=true}.
 */
@Path("/test/clock")
@RequestScoped
@RolesAllowed("ADMIN")
@Produces(MediaType.APPLICATION_JSON)
public class TestClockResource {

  @Inject ClockControl clock;

  /** What the application's now is. */
  public record Now(Instant now) {}

  @GET
  @Operation(hidden = true)
  public Now now() {
    return new Now(movable().now());
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(hidden = true)
  public Now moveTo(Map<String, String> body) {
    ClockControl control = movable();
    String now = body == null ? null : body.get("now");
    if (now == null || now.isBlank()) {
      throw new InvalidRequestException("now", "Say the time to move to, as {\"now\": \"...Z\"}.");
    }
    try {
      return new Now(control.moveTo(Instant.parse(now.strip())));
    } catch (DateTimeParseException e) {
      throw new InvalidRequestException(
          "now", "Give the time as an ISO-8601 instant in UTC, such as 2026-12-08T16:00:00Z.");
    }
  }

  @DELETE
  @Operation(hidden = true)
  public Now reset() {
    return new Now(movable().reset());
  }

  private ClockControl movable() {
    if (!clock.movable()) {
      throw new RecordNotFoundException("This server's clock cannot be moved.");
    }
    return clock;
  }
}
