package org.careroute.domain.model.patient;

import java.time.LocalDate;
import org.careroute.domain.shared.GeoPoint;

/** What a patient tells about themselves; the home location may be unknown. */
public record PatientDetails(
    String fullName,
    LocalDate dateOfBirth,
    String phone,
    String homeAddress,
    GeoPoint homeLocation) {}
