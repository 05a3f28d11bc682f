package org.careroute.application.geocoding;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.careroute.domain.shared.StreetAddress;

/** An address to find on the map, as the patient types it. */
public record AddressQuery(
    @NotBlank(message = "Enter the street and house number.")
        @Size(max = 150, message = "A street has at most 150 characters.")
        String street,
    @NotBlank(message = "Enter the postal code.")
        @Pattern(regexp = PostalCodes.PATTERN, message = PostalCodes.MESSAGE)
        String postalCode,
    @NotBlank(message = "Enter the city.")
        @Size(max = 80, message = "A city has at most 80 characters.")
        String city) {

  public StreetAddress toAddress() {
    return new StreetAddress(street, postalCode, city);
  }
}
