package org.careroute.infrastructure.geocoding;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.careroute.domain.service.GeocodedLocation;
import org.careroute.domain.service.Geocoder;
import org.careroute.domain.service.GeocoderUnavailableException;
import org.careroute.domain.shared.GeoPoint;
import org.careroute.domain.shared.StreetAddress;

/**
 * Asks a Nominatim-compatible service ({@code /search} with a structured query). A result is exact
 * only when the service matched the house number; otherwise it is a street or an area.
 */
public class NominatimGeocoder implements Geocoder {

  // Nominatim's usage policy asks every client to say who it is.
  static final String USER_AGENT = "CareRoute/0.1 (practice scheduling; geocoding patient homes)";

  private final URI searchEndpoint;
  private final Duration timeout;
  private final HttpClient client;

  public NominatimGeocoder(URI baseUrl, Duration timeout) {
    String base = baseUrl.toString().replaceAll("/+$", "");
    this.searchEndpoint = URI.create(base.endsWith("/search") ? base : base + "/search");
    this.timeout = timeout;
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
  }

  @Override
  public Optional<GeocodedLocation> locate(StreetAddress address) {
    HttpRequest request =
        HttpRequest.newBuilder(query(address))
            .timeout(timeout)
            .header("User-Agent", USER_AGENT)
            .header("Accept", "application/json")
            .GET()
            .build();
    HttpResponse<InputStream> response;
    try {
      response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (IOException e) {
      throw new GeocoderUnavailableException("The geocoder did not answer.", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new GeocoderUnavailableException("Interrupted while asking the geocoder.", e);
    }
    try (InputStream body = response.body()) {
      if (response.statusCode() != 200) {
        throw new GeocoderUnavailableException(
            "The geocoder answered HTTP " + response.statusCode() + ".");
      }
      return firstResult(body);
    } catch (IOException | JsonException | ClassCastException | NumberFormatException e) {
      throw new GeocoderUnavailableException("The geocoder's answer could not be read.", e);
    }
  }

  private URI query(StreetAddress address) {
    return URI.create(
        searchEndpoint
            + "?format=jsonv2&addressdetails=1&limit=1"
            + "&street="
            + encoded(address.street())
            + "&postalcode="
            + encoded(address.postalCode())
            + "&city="
            + encoded(address.city()));
  }

  private static String encoded(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static Optional<GeocodedLocation> firstResult(InputStream body) {
    try (JsonReader reader = Json.createReader(body)) {
      JsonArray results = reader.readArray();
      if (results.isEmpty()) {
        return Optional.empty();
      }
      JsonObject first = results.getJsonObject(0);
      GeoPoint point =
          new GeoPoint(
              Double.parseDouble(first.getString("lat")),
              Double.parseDouble(first.getString("lon")));
      JsonObject details = first.getJsonObject("address");
      boolean house = details != null && details.containsKey("house_number");
      return Optional.of(new GeocodedLocation(point, !house, GeocodedLocation.Source.GEOCODER));
    } catch (IllegalArgumentException e) {
      throw new JsonException("Coordinates out of range.", e);
    }
  }
}
