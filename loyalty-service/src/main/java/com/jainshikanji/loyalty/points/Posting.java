package com.jainshikanji.loyalty.points;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A change to post to an account.
 *
 * @param points signed: credits positive, debits negative, never zero
 * @param expiresAt when credited points lapse; {@code null} for debits and returns
 * @param actorId the admin behind a manual adjustment
 * @param rewardId the reward the points were redeemed for
 */
record Posting(EntryType type, int points, String description, @Nullable UUID orderId, @Nullable UUID campaignId,
		@Nullable Instant expiresAt, @Nullable UUID actorId, @Nullable UUID rewardId, @Nullable String requestKey) {

	Posting(EntryType type, int points, String description, @Nullable UUID orderId, @Nullable UUID campaignId,
			@Nullable Instant expiresAt, @Nullable UUID actorId) {
		this(type, points, description, orderId, campaignId, expiresAt, actorId, null, null);
	}

	/** A reward taken, under the request's Idempotency-Key if it had one. */
	static Posting reward(UUID rewardId, String rewardName, int points, @Nullable String requestKey) {
		return new Posting(EntryType.REDEEM, -points, "Reward: " + rewardName, null, null, null, null, rewardId,
				requestKey);
	}

	Posting {
		if (points == 0) {
			throw new IllegalArgumentException("A posting moves at least one point");
		}
	}

	static Posting forOrder(EntryType type, int points, String description, UUID orderId, @Nullable Instant expiresAt) {
		return new Posting(type, points, description, orderId, null, expiresAt, null);
	}

}
