package org.careroute.application.planning;

import java.util.List;

/**
 * What publishing wrote: appointments whose placement changed, and those left alone because they
 * were changed (booked, moved, cancelled) after the solve started; re-plan to include them.
 */
public record PublishResult(int updated, int unchanged, List<Long> changedMeanwhile) {}
