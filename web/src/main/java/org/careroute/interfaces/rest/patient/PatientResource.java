package org.careroute.interfaces.rest.patient;

import jakarta.annotation.security.PermitAll;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.careroute.application.patient.PatientMatches;
import org.careroute.application.patient.PatientProfile;
import org.careroute.application.patient.PatientQuery;
import org.careroute.application.patient.PatientRegistration;
import org.careroute.application.patient.PatientService;
import org.careroute.application.patient.PatientView;
import org.careroute.application.patient.RegistrationReceipt;
import org.careroute.application.patient.ScreeningSubmission;
import org.careroute.application.patient.ScreeningView;
import org.careroute.interfaces.rest.CallerResolver;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/patients")
@RequestScoped
@Tag(name = "Patients")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PatientResource {

  @Inject PatientService patients;

  @Inject CallerResolver callers;

  @Context UriInfo uriInfo;

  @POST
  @PermitAll
  @Operation(
      summary =
          "Register as a patient; the email address becomes the login. An address that already has"
              + " an account gets the same answer and changes nothing.")
  public Response register(PatientRegistration registration) {
    RegistrationReceipt receipt = patients.register(registration);
    return Response.created(uriInfo.getBaseUriBuilder().path("patients/me").build())
        .entity(receipt)
        .build();
  }

  @POST
  @Path("/search")
  @RolesAllowed({"DISPATCHER", "ADMIN"})
  @Operation(
      summary =
          "Find patients by part of the name, a phone number or a date of birth (YYYY-MM-DD or"
              + " M/D/YYYY), for staff booking on their behalf; at most limit (10) by name. The"
              + " search travels in the body, so that no access log keeps it")
  public PatientMatches search(PatientQuery query) {
    return patients.search(callers.caller(), query);
  }

  @GET
  @Path("/me")
  @RolesAllowed("PATIENT")
  @Operation(summary = "My patient record")
  public PatientView me() {
    return patients.profileOf(callers.caller());
  }

  @PUT
  @Path("/me")
  @RolesAllowed("PATIENT")
  @Operation(summary = "Update my profile")
  public PatientView updateMe(PatientProfile profile) {
    return patients.updateProfile(callers.caller(), profile);
  }

  @POST
  @Path("/me/screening")
  @RolesAllowed("PATIENT")
  @Operation(
      summary = "Answer the screening questions; risk answers put bookings on hold for a clinician")
  public Response screen(ScreeningSubmission submission) {
    ScreeningView screening = patients.submitScreening(callers.caller(), submission);
    return Response.status(Response.Status.CREATED).entity(screening).build();
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({"NURSE", "DISPATCHER", "CLINICIAN", "ADMIN"})
  @Operation(summary = "A patient's record, for staff")
  public PatientView patient(@PathParam("id") long id) {
    return patients.patient(callers.caller(), id);
  }
}
