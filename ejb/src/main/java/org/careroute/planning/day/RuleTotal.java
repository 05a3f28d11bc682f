package org.careroute.planning.day;

import java.util.List;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/** What one rule costs a plan, with the justifications of its first matches (why it costs that). */
public record RuleTotal(String rule, HardMediumSoftLongScore score, List<Object> justifications) {}
