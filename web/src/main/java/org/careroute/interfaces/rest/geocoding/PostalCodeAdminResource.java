package org.careroute.interfaces.rest.geocoding;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.careroute.application.geocoding.PostalCodeAreaForm;
import org.careroute.application.geocoding.PostalCodeAreaService;
import org.careroute.application.geocoding.PostalCodeAreaView;
import org.careroute.interfaces.rest.CallerResolver;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/admin/postal-codes")
@RequestScoped
@RolesAllowed("ADMIN")
@Tag(name = "Administration")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PostalCodeAdminResource {

  @Inject PostalCodeAreaService areas;

  @Inject CallerResolver callers;

  @GET
  @Operation(summary = "The practice's postal codes, which locate addresses when no geocoder can")
  public List<PostalCodeAreaView> areas() {
    return areas.areas(callers.caller());
  }

  @PUT
  @Path("/{postalCode}")
  @Operation(summary = "Add a postal code's area (its middle), or change it")
  public PostalCodeAreaView save(
      @PathParam("postalCode") String postalCode, PostalCodeAreaForm form) {
    return areas.save(callers.caller(), postalCode, form);
  }

  @DELETE
  @Path("/{postalCode}")
  @Consumes(MediaType.WILDCARD)
  @Operation(summary = "Take a postal code out of the table; located homes keep their place")
  public void remove(@PathParam("postalCode") String postalCode) {
    areas.remove(callers.caller(), postalCode);
  }
}
