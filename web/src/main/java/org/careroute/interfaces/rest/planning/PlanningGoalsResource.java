package org.careroute.interfaces.rest.planning;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.careroute.application.planning.PlanningGoalsService;
import org.careroute.application.planning.PlanningGoalsView;
import org.careroute.interfaces.rest.CallerResolver;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/planning-goals")
@RequestScoped
@RolesAllowed({"DISPATCHER", "ADMIN"})
@Tag(name = "Planning")
@Produces(MediaType.APPLICATION_JSON)
public class PlanningGoalsResource {

  @Inject PlanningGoalsService goals;

  @Inject CallerResolver callers;

  @GET
  @Operation(summary = "What the planner weighs among its soft goals, in seconds of driving")
  public PlanningGoalsView current() {
    return goals.current();
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Change the weights; the next optimisation and availability search use them")
  public PlanningGoalsView change(PlanningGoalsView changed) {
    return goals.change(callers.caller(), changed);
  }
}
