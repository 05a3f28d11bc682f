package org.careroute.application.practice;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.careroute.domain.model.staff.Certification;
import org.careroute.domain.model.treatment.CareSetting;
import org.careroute.domain.model.treatment.Modality;

/** A treatment of the catalog. The code is fixed once created. */
public record TreatmentForm(
    @NotBlank(message = "Give a code such as IV_40.")
        @Pattern(
            regexp = "[A-Z0-9_]{2,40}",
            message = "A code has 2 to 40 capital letters, digits or _.")
        String code,
    @NotBlank(message = "Name the treatment.")
        @Size(max = 120, message = "A name has at most 120 characters.")
        String name,
    @NotNull(message = "Choose IV_INFUSION, IM_INJECTION or ORAL_LOZENGE.") Modality modality,
    @NotNull(message = "Give the session length in minutes.")
        @Min(value = 1, message = "A session lasts at least 1 minute.")
        @Max(value = 720, message = "A session lasts at most 720 minutes.")
        Integer sessionMinutes,
    @NotNull(message = "Give the observation time in minutes.")
        @Min(value = 0, message = "Observation cannot be negative.")
        @Max(value = 480, message = "Observation lasts at most 480 minutes.")
        Integer observationMinutes,
    @NotEmpty(message = "Offer the treatment in the CLINIC, at HOME, or both.")
        Set<@NotNull CareSetting> settings,
    @NotNull(message = "List the required certifications (may be empty).")
        Set<@NotNull Certification> requiredCertifications,
    Boolean active) {}
