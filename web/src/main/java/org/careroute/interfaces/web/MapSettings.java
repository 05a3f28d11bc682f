package org.careroute.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The map tile server the dispatcher's map loads from ({@code careroute.map.tile-url}, a Leaflet
 * URL template, or {@code none} on a closed network: the map then shows routes and markers on a
 * blank background).
 */
@ApplicationScoped
public class MapSettings {

  /** The tile server and its attribution, as the pages receive them; no tile URL means no tiles. */
  public record MapView(String tileUrl, String attribution) {}

  static final String NONE = "none";

  @Inject
  @ConfigProperty(
      name = "careroute.map.tile-url",
      defaultValue = "https://tile.openstreetmap.org/{z}/{x}/{y}.png")
  String tileUrl;

  @Inject
  @ConfigProperty(
      name = "careroute.map.attribution",
      defaultValue = "&copy; OpenStreetMap contributors")
  String attribution;

  public MapView view() {
    return new MapView(tiles().orElse(null), attribution);
  }

  /** Where tiles come from, for the Content-Security-Policy. */
  public Optional<String> tileOrigin() {
    // Leaflet's {s} spreads requests over subdomains: the policy allows them all.
    return tiles()
        .map(url -> URI.create(url.replace("{s}.", "subdomain.").replaceAll("[{}]", "")))
        .map(
            uri ->
                uri.getScheme()
                    + "://"
                    + uri.getRawAuthority().replaceFirst("^subdomain\\.", "*."));
  }

  private Optional<String> tiles() {
    return NONE.equalsIgnoreCase(tileUrl.trim()) ? Optional.empty() : Optional.of(tileUrl.trim());
  }
}
