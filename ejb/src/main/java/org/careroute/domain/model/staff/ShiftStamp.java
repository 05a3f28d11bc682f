package org.careroute.domain.model.staff;

/**
 * What a clinic's shifts are, in three numbers that change with any added, changed (each change
 * raises a version) or removed shift: their count, the sum of their versions, the newest id.
 */
public record ShiftStamp(long count, long versions, long newestId) {}
