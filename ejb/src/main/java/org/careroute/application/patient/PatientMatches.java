package org.careroute.application.patient;

import java.util.List;

/**
 * The first patients a search found, by name; {@code more} when others match too and the search
 * should be narrowed.
 */
public record PatientMatches(List<PatientMatch> patients, boolean more) {}
