package org.careroute.interfaces.rest.planning;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.careroute.application.planning.DayEvent;
import org.careroute.application.planning.DayEventResult;
import org.careroute.application.planning.DayEventService;
import org.careroute.application.planning.PlanView;
import org.careroute.application.planning.PlanningService;
import org.careroute.application.planning.PublishResult;
import org.careroute.domain.model.practice.PlanKey;
import org.careroute.interfaces.rest.CallerResolver;
import org.careroute.interfaces.rest.QueryParameters;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A clinic's day: its field routes and clinic sessions, optimised on request. */
@Path("/plans/{clinicId}/{day}")
@RequestScoped
@RolesAllowed({"DISPATCHER", "ADMIN"})
@Tag(name = "Planning")
@Produces(MediaType.APPLICATION_JSON)
public class PlanResource {

  @Inject PlanningService planning;

  @Inject DayEventService dayEvents;

  @Inject PlanEventStreams streams;

  @Inject CallerResolver callers;

  @PathParam("clinicId")
  long clinicId;

  @PathParam("day")
  String day;

  private PlanKey key() {
    return new PlanKey(clinicId, QueryParameters.requiredDate("day", day));
  }

  @GET
  @Operation(
      summary = "The day's plan: routes, sessions, what is unassigned, and the score explained")
  public PlanView plan() {
    return planning.plan(key());
  }

  @POST
  @Path("/solve")
  @Consumes(MediaType.WILDCARD)
  @Operation(
      summary = "Start optimising the day in the background; watch /events for each better plan")
  public Response solve() {
    return Response.accepted(planning.startSolving(callers.caller(), key())).build();
  }

  @POST
  @Path("/stop")
  @Consumes(MediaType.WILDCARD)
  @Operation(summary = "Stop optimising; the best plan so far stays to be published")
  public Response stop() {
    planning.stopSolving(key());
    return Response.noContent().build();
  }

  @GET
  @Path("/events")
  @Produces(MediaType.SERVER_SENT_EVENTS)
  @Operation(summary = "Server-sent events: a 'plan' event with the whole plan at each improvement")
  public void events(@Context SseEventSink sink, @Context Sse sse) {
    streams.watch(key(), sink, sse);
  }

  @PUT
  @Path("/pins/{appointmentId}")
  @Consumes(MediaType.WILDCARD)
  @Operation(summary = "Pin an appointment: re-planning keeps its nurse, chair and start")
  public Response pin(@PathParam("appointmentId") long appointmentId) {
    planning.pin(callers.caller(), key(), appointmentId, true);
    return Response.noContent().build();
  }

  @DELETE
  @Path("/pins/{appointmentId}")
  @Operation(summary = "Unpin an appointment")
  public Response unpin(@PathParam("appointmentId") long appointmentId) {
    planning.pin(callers.caller(), key(), appointmentId, false);
    return Response.noContent().build();
  }

  @POST
  @Path("/day-events")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Record what happened (nurse sick, visit overran, no-show); then optimise to re-plan from now")
  public DayEventResult dayEvent(DayEvent event) {
    return dayEvents.record(callers.caller(), key(), event);
  }

  @POST
  @Path("/publish")
  @Consumes(MediaType.WILDCARD)
  @Operation(
      summary = "Write the optimised assignments to the appointments; concurrent changes are kept")
  public PublishResult publish() {
    return planning.publish(callers.caller(), key());
  }
}
