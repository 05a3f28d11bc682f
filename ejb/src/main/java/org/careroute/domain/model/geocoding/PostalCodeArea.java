package org.careroute.domain.model.geocoding;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.careroute.domain.shared.GeoPoint;
import org.careroute.domain.shared.StreetAddress;

/**
 * A postal code of the practice's area and the middle of the area it covers. An address located by
 * it is only approximately where the home is: the patient confirms the place on a map.
 */
@Entity
@Table(name = "postal_code_area")
public class PostalCodeArea {

  @Id
  @Column(name = "postal_code", length = 12)
  private String postalCode;

  @Column(name = "place_name", nullable = false, length = 80)
  private String placeName;

  @Embedded private GeoPoint centroid;

  @Version private long version;

  protected PostalCodeArea() {}

  public PostalCodeArea(String postalCode, String placeName, GeoPoint centroid) {
    this.postalCode = StreetAddress.normalisedPostalCode(postalCode);
    update(placeName, centroid);
  }

  public void update(String placeName, GeoPoint centroid) {
    this.placeName = placeName.strip();
    this.centroid = centroid;
  }

  public String postalCode() {
    return postalCode;
  }

  public String placeName() {
    return placeName;
  }

  public GeoPoint centroid() {
    return centroid;
  }
}
