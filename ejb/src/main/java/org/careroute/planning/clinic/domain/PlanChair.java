package org.careroute.planning.clinic.domain;

/** A chair of a clinic, as the planner sees it. */
public record PlanChair(Long id, Long clinicId, String label) {}
