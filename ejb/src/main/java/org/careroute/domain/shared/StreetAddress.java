package org.careroute.domain.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A postal address as a person writes it: street and house number, postal code, city. */
@Embeddable
public class StreetAddress {

  @Column(name = "home_street", length = 150)
  private String street;

  @Column(name = "home_postal_code", length = 12)
  private String postalCode;

  @Column(name = "home_city", length = 80)
  private String city;

  protected StreetAddress() {}

  public StreetAddress(String street, String postalCode, String city) {
    this.street = Objects.requireNonNull(street).strip();
    this.postalCode = normalisedPostalCode(Objects.requireNonNull(postalCode));
    this.city = Objects.requireNonNull(city).strip();
  }

  /** Postal codes are compared without case or inner spaces ("sw1a 1aa" is "SW1A1AA"). */
  public static String normalisedPostalCode(String postalCode) {
    return postalCode.replaceAll("\\s+", "").toUpperCase(java.util.Locale.ROOT);
  }

  public String street() {
    return street;
  }

  public String postalCode() {
    return postalCode;
  }

  public String city() {
    return city;
  }

  /** The address on one line, as nurses and calendars show it. */
  public String oneLine() {
    return street + ", " + postalCode + " " + city;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StreetAddress a
        && a.street.equals(street)
        && a.postalCode.equals(postalCode)
        && a.city.equals(city);
  }

  @Override
  public int hashCode() {
    return Objects.hash(street, postalCode, city);
  }
}
