package org.careroute.application.geocoding;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A postal code's area as an admin enters it: its name and the middle of it. */
public record PostalCodeAreaForm(
    @NotBlank(message = "Name the place, such as Sacramento (Midtown).")
        @Size(max = 80, message = "A place name has at most 80 characters.")
        String placeName,
    @NotNull(message = "Enter the latitude of the area's middle.")
        @DecimalMin(value = "-90", message = "Latitude lies between -90 and 90.")
        @DecimalMax(value = "90", message = "Latitude lies between -90 and 90.")
        Double latitude,
    @NotNull(message = "Enter the longitude of the area's middle.")
        @DecimalMin(value = "-180", message = "Longitude lies between -180 and 180.")
        @DecimalMax(value = "180", message = "Longitude lies between -180 and 180.")
        Double longitude) {}
