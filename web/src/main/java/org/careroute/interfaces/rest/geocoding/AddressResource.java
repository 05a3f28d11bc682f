package org.careroute.interfaces.rest.geocoding;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.careroute.application.geocoding.AddressLookupService;
import org.careroute.application.geocoding.AddressQuery;
import org.careroute.application.geocoding.LocatedAddress;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Finds an address for someone registering (not logged in yet) or editing their profile. The
 * address travels in the body, not the URL, so that no access log keeps it.
 */
@Path("/addresses")
@RequestScoped
@Tag(name = "Patients")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AddressResource {

  @Inject AddressLookupService lookup;

  @POST
  @Path("/locate")
  @PermitAll
  @Operation(
      summary =
          "Where an address is, to confirm on a map: approximate when only its postal code is"
              + " known; 404 when it cannot be found")
  public LocatedAddress locate(AddressQuery query) {
    return lookup.locate(query);
  }
}
