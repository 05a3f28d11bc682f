package org.careroute.application.patient;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A clinician's decline of a held screening, with the reason the patient reads. */
public record ScreeningDecision(
    @NotBlank(message = "Give the reason the patient will read.")
        @Size(
            min = 10,
            max = 500,
            message = "Write the reason for the patient in 10 to 500 characters.")
        String reason) {}
