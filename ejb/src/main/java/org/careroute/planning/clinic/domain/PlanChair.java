package org.careroute.planning.clinic.domain;

import org.optaplanner.core.api.domain.lookup.PlanningId;

/** A chair of a clinic, as the planner sees it. */
public record PlanChair(@PlanningId Long id, Long clinicId, String label) {}
