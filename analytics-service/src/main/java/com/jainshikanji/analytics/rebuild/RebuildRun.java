package com.jainshikanji.analytics.rebuild;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A rebuild and how far it got.
 *
 * @param status RUNNING, DONE or FAILED
 * @param startedBy the admin who started it
 * @param eventsRead records read from the topics
 * @param eventsApplied events that changed facts (the others were not about facts, or
 * were already applied by the live listener meanwhile)
 * @param skipped records that could not be read or applied (logged)
 * @param error why it failed
 */
record RebuildRun(UUID id, String status, UUID startedBy, Instant startedAt, Instant updatedAt,
		@Nullable Instant finishedAt, long eventsRead, long eventsApplied, long skipped, @Nullable String error) {
}
