package org.careroute.planning.route.solver;

import org.optaplanner.core.api.score.stream.ConstraintJustification;

/** Why a visit costs what it does: which visit, on whose route, and the fact in words. */
public record VisitJustification(String visitId, String routeId, String reason)
    implements ConstraintJustification {}
