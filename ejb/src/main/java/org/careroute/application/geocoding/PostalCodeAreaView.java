package org.careroute.application.geocoding;

import org.careroute.domain.model.geocoding.PostalCodeArea;

public record PostalCodeAreaView(
    String postalCode, String placeName, double latitude, double longitude) {

  public static PostalCodeAreaView of(PostalCodeArea area) {
    return new PostalCodeAreaView(
        area.postalCode(),
        area.placeName(),
        area.centroid().latitude(),
        area.centroid().longitude());
  }
}
