package org.careroute.interfaces.rest.security;

import jakarta.validation.constraints.NotBlank;

/** A login attempt. */
public record Credentials(
    @NotBlank(message = "Enter your email address.") String login,
    @NotBlank(message = "Enter your password.") String password) {}
