package org.careroute.application.patient;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new patient's account and profile. */
public record PatientRegistration(
    @NotBlank(message = "Enter your email address.")
        @Email(message = "Enter a valid email address.")
        @Size(max = 254, message = "An email address has at most 254 characters.")
        String email,
    @NotNull(message = "Choose a password.")
        @Size(min = 10, max = 128, message = "A password has 10 to 128 characters.")
        String password,
    @NotNull(message = "Tell us about yourself.") @Valid PatientProfile profile) {}
