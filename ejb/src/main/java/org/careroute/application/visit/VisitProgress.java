package org.careroute.application.visit;

import jakarta.validation.constraints.NotNull;

/** The step the nurse has just taken at a visit. */
public record VisitProgress(
    @NotNull(message = "Say ARRIVED, STARTED or FINISHED.") VisitStep step) {}
