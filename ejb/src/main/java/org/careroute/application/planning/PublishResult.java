package org.careroute.application.planning;

import java.util.List;

/**
 * What publishing wrote: appointments whose placement changed, and those left alone because they
 * were changed (booked, moved, cancelled) after the solve started; re-plan to include them. {@code
 * pinned} names the pinned appointments among those written (updated or unchanged): a pin is not a
 * change meanwhile, and a pinned appointment is published where it is pinned.
 */
public record PublishResult(
    int updated, int unchanged, List<Long> changedMeanwhile, List<Long> pinned) {}
