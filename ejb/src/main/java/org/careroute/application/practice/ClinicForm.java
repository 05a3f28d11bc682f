package org.careroute.application.practice;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A clinic's details; the zone is an IANA time zone such as America/Los_Angeles. */
public record ClinicForm(
    @NotBlank(message = "Name the clinic.")
        @Size(max = 120, message = "A name has at most 120 characters.")
        String name,
    @NotBlank(message = "Give the address.")
        @Size(max = 250, message = "An address has at most 250 characters.")
        String address,
    @NotNull(message = "Give the latitude.")
        @DecimalMin(value = "-90", message = "Latitude lies between -90 and 90.")
        @DecimalMax(value = "90", message = "Latitude lies between -90 and 90.")
        Double latitude,
    @NotNull(message = "Give the longitude.")
        @DecimalMin(value = "-180", message = "Longitude lies between -180 and 180.")
        @DecimalMax(value = "180", message = "Longitude lies between -180 and 180.")
        Double longitude,
    @NotBlank(message = "Give the time zone, such as America/Los_Angeles.") String zoneId,
    @NotNull(message = "Give the opening hours.")
        @Size(max = 21, message = "At most 21 opening periods.")
        List<@Valid @NotNull OpeningHoursForm> openingHours,
    @Size(max = 40, message = "A phone number has at most 40 characters.")
        @Pattern(
            regexp = "[+0-9 ()./-]*",
            message = "A phone number has digits, spaces and + ( ) . / - only.")
        String phone) {}
