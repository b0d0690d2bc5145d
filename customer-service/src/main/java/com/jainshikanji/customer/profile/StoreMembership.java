package com.jainshikanji.customer.profile;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/**
 * Whether the user works at a store, as the store service last reported it.
 *
 * @param staffId the staff record in the store service
 * @param revision the revision of the membership this state comes from; only a newer one
 * may replace it
 * @param active whether the user works there now; {@code false} is a tombstone that keeps
 * the revision of the removal
 * @param assignedAt when the latest assignment was applied, {@code null} if a removal
 * arrived before any assignment
 * @param changedAt when this state was applied
 */
@Embeddable
record StoreMembership(UUID staffId, long revision, boolean active, @Nullable Instant assignedAt, Instant changedAt) {

	static StoreMembership assigned(UUID staffId, long revision, Instant now) {
		return new StoreMembership(staffId, revision, true, now, now);
	}

	static StoreMembership removedBeforeAssigned(UUID staffId, long revision, Instant now) {
		return new StoreMembership(staffId, revision, false, null, now);
	}

	StoreMembership unassigned(long newRevision, Instant now) {
		return new StoreMembership(this.staffId, newRevision, false, this.assignedAt, now);
	}

}
