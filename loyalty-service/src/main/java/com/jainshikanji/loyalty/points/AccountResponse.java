package com.jainshikanji.loyalty.points;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A customer's points: balance, tier, how far the next tier is, and the ledger, newest
 * first.
 *
 * @param balance points available
 * @param balanceValue what the balance takes off an order, in rupees
 * @param earnedInWindow points earned in the rolling tier window, less what refunds took
 * back (points already spent included): what decides the tier
 * @param nextTier the tier above, {@code null} at the top
 * @param pointsToNextTier points still to earn for it, {@code null} at the top
 * @param tierMultiplier points earned per point of the base rate at this tier
 */
record AccountResponse(UUID customerId, long balance, BigDecimal balanceValue, Tier tier, BigDecimal tierMultiplier,
		long earnedInWindow, @Nullable Tier nextTier, @Nullable Long pointsToNextTier, History history) {

	record History(List<Entry> items, int page, int size, long totalItems) {
	}

	/**
	 * @param points signed: credits positive, debits negative
	 * @param balanceAfter the balance this entry left
	 */
	record Entry(UUID id, String type, int points, long balanceAfter, @Nullable String description,
			@Nullable UUID orderId, @Nullable Instant expiresAt, Instant createdAt) {

		static Entry of(LedgerEntry entry) {
			return new Entry(entry.id(), entry.type().code(), entry.points(), entry.balanceAfter(), entry.description(),
					entry.orderId(), entry.expiresAt(), entry.createdAt());
		}

	}

}
