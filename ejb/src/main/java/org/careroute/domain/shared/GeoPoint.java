package org.careroute.domain.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A point on the earth in WGS84 degrees. */
@Embeddable
public class GeoPoint {

  private static final double EARTH_RADIUS_METERS = 6_371_008.8;

  @Column(name = "latitude")
  private double latitude;

  @Column(name = "longitude")
  private double longitude;

  protected GeoPoint() {}

  public GeoPoint(double latitude, double longitude) {
    if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
      throw new IllegalArgumentException(
          "Latitude must be within -90..90 and longitude within -180..180.");
    }
    this.latitude = latitude;
    this.longitude = longitude;
  }

  public double latitude() {
    return latitude;
  }

  public double longitude() {
    return longitude;
  }

  /** Great-circle (haversine) distance. */
  public double metersTo(GeoPoint other) {
    double dLat = Math.toRadians(other.latitude - latitude);
    double dLon = Math.toRadians(other.longitude - longitude);
    double a =
        Math.pow(Math.sin(dLat / 2), 2)
            + Math.cos(Math.toRadians(latitude))
                * Math.cos(Math.toRadians(other.latitude))
                * Math.pow(Math.sin(dLon / 2), 2);
    return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(a)));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GeoPoint p && p.latitude == latitude && p.longitude == longitude;
  }

  @Override
  public int hashCode() {
    return Objects.hash(latitude, longitude);
  }
}
