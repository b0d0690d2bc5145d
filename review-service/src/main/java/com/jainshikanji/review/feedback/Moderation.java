package com.jainshikanji.review.feedback;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/**
 * An admin's last decision on a review.
 *
 * @param rejectionReason why it was rejected; {@code null} when it was approved
 * @param moderatedBy the admin
 * @param moderatedAt when
 */
@Embeddable
record Moderation(@Nullable String rejectionReason, UUID moderatedBy, Instant moderatedAt) {

	static final int REASON_MAX = 500;

	static Moderation approved(UUID admin, Instant now) {
		return new Moderation(null, admin, now);
	}

	static Moderation rejected(UUID admin, String reason, Instant now) {
		if (reason.isBlank()) {
			throw new InvalidReview("A rejection needs a reason");
		}
		String stripped = reason.strip();
		if (stripped.length() > REASON_MAX) {
			throw new InvalidReview("A rejection reason has at most " + REASON_MAX + " characters");
		}
		return new Moderation(stripped, admin, now);
	}

}
