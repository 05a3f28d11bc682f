package org.careroute.planning.clinic.solver;

import org.optaplanner.core.api.score.stream.ConstraintJustification;

/** Why sessions cost what they do: which sessions, and the fact in words. */
public record SessionJustification(String sessionId, String otherSessionId, String reason)
    implements ConstraintJustification {}
