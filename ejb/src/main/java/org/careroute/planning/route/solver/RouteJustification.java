package org.careroute.planning.route.solver;

import org.optaplanner.core.api.score.stream.ConstraintJustification;

/** Why a route costs what it does. */
public record RouteJustification(String routeId, String reason)
    implements ConstraintJustification {}
