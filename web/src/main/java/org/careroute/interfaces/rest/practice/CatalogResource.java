package org.careroute.interfaces.rest.practice;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.careroute.application.practice.ClinicView;
import org.careroute.application.practice.PracticeService;
import org.careroute.application.practice.TreatmentView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What anyone may see before registering: the treatments offered and the clinics. */
@Path("/")
@RequestScoped
@PermitAll
@Tag(name = "Catalog")
@Produces(MediaType.APPLICATION_JSON)
public class CatalogResource {

  @Inject PracticeService practice;

  @GET
  @Path("treatments")
  @Operation(summary = "The treatments offered")
  public List<TreatmentView> treatments() {
    return practice.treatments(false);
  }

  @GET
  @Path("clinics")
  @Operation(summary = "The clinics, with opening hours")
  public List<ClinicView> clinics() {
    return practice.clinics();
  }

  @GET
  @Path("clinics/{id}")
  @Operation(summary = "One clinic")
  public ClinicView clinic(@PathParam("id") long id) {
    return practice.clinic(id);
  }
}
