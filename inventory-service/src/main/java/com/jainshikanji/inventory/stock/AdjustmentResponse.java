package com.jainshikanji.inventory.stock;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One entry of the stock audit trail.
 *
 * @param stockChange change of units on hand
 * @param reservedChange change of units held by reservations
 * @param actorId who made the change; {@code null} for the service itself
 * @param reference what it was about (purchase order number, order id)
 */
record AdjustmentResponse(long id, UUID storeId, UUID productId, StockChangeReason reason, int stockChange,
		int reservedChange, int stockAfter, int reservedAfter, @Nullable UUID actorId, @Nullable String reference,
		@Nullable String note, Instant createdAt) {
}
