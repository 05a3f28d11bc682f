package org.careroute.application.internal.planning;

import org.careroute.domain.model.practice.PlanKey;

/**
 * A nurse's shifts of the day were called off (off sick): a running solve of the day must re-plan
 * without them.
 */
record NurseCalledOff(PlanKey key) {}
