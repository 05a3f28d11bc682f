package org.careroute.application.practice;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A chair's label, and whether it is in use. */
public record ChairForm(
    @NotBlank(message = "Label the chair.")
        @Size(max = 40, message = "A label has at most 40 characters.")
        String label,
    Boolean active) {}
