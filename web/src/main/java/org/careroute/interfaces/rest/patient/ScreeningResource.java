package org.careroute.interfaces.rest.patient;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.careroute.application.patient.ScreeningApproval;
import org.careroute.application.patient.ScreeningDecision;
import org.careroute.application.patient.ScreeningReviewService;
import org.careroute.application.patient.ScreeningView;
import org.careroute.domain.model.patient.ScreeningStatus;
import org.careroute.interfaces.rest.CallerResolver;
import org.careroute.interfaces.rest.QueryParameters;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/screenings")
@RequestScoped
@Tag(name = "Screening review")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"CLINICIAN", "ADMIN"})
public class ScreeningResource {

  @Inject ScreeningReviewService reviews;

  @Inject CallerResolver callers;

  @GET
  @Operation(summary = "Current screenings with a status, such as HOLD (waiting for a clinician)")
  public List<ScreeningView> withStatus(@QueryParam("status") String status) {
    return reviews.withStatus(
        callers.caller(),
        QueryParameters.requiredEnum(
            "status", status == null ? "HOLD" : status, ScreeningStatus.class));
  }

  @POST
  @Path("/{id}/approve")
  @Consumes(MediaType.WILDCARD)
  @Operation(summary = "Approve a held screening; the patient's waiting bookings are confirmed")
  public ScreeningView approve(@PathParam("id") long id, ScreeningApproval approval) {
    return reviews.approve(
        callers.caller(), id, approval == null ? new ScreeningApproval(false) : approval);
  }

  @POST
  @Path("/{id}/decline")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Decline a held screening with a reason the patient reads",
      description =
          "The bookings that waited for the approval are cancelled; the patient sees the reason"
              + " and can book nothing until screened again")
  public ScreeningView decline(@PathParam("id") long id, ScreeningDecision decision) {
    return reviews.decline(callers.caller(), id, decision);
  }
}
