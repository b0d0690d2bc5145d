package com.jainshikanji.customer.profile;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.jspecify.annotations.Nullable;

import com.jainshikanji.common.security.StaffJob;

/**
 * Whether the user works at a store, as the store service last reported it.
 *
 * @param staffId the staff record in the store service
 * @param revision the revision of the membership this state comes from; only a newer one
 * may replace it
 * @param active whether the user works there now; {@code false} is a tombstone that keeps
 * the revision of the removal
 * @param job the job there as the latest assignment named it; {@code null} if unknown
 * (applied before jobs were kept, or a job this service does not know), which allows no
 * store duty
 * @param assignedAt when the latest assignment was applied, {@code null} if a removal
 * arrived before any assignment
 * @param changedAt when this state was applied
 */
@Embeddable
record StoreMembership(UUID staffId, long revision, boolean active, @Enumerated(EnumType.STRING) @Nullable StaffJob job,
		@Nullable Instant assignedAt, Instant changedAt) {

	static StoreMembership assigned(UUID staffId, long revision, @Nullable StaffJob job, Instant now) {
		return new StoreMembership(staffId, revision, true, job, now, now);
	}

	static StoreMembership removedBeforeAssigned(UUID staffId, long revision, Instant now) {
		return new StoreMembership(staffId, revision, false, null, null, now);
	}

	StoreMembership unassigned(long newRevision, Instant now) {
		return new StoreMembership(this.staffId, newRevision, false, this.job, this.assignedAt, now);
	}

}
