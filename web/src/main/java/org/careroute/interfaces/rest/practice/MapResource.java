package org.careroute.interfaces.rest.practice;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.careroute.interfaces.web.MapSettings;
import org.careroute.interfaces.web.MapSettings.MapView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/map")
@RequestScoped
@PermitAll
@Tag(name = "Catalog")
@Produces(MediaType.APPLICATION_JSON)
public class MapResource {

  @Inject MapSettings map;

  @GET
  @Operation(summary = "The map tile server the pages use (none on a closed network)")
  public MapView settings() {
    return map.view();
  }
}
