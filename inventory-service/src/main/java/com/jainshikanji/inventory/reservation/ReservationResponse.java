package com.jainshikanji.inventory.reservation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A reservation.
 *
 * @param expiresAt when a reservation still held gives its stock back
 */
record ReservationResponse(UUID id, UUID orderId, UUID storeId, ReservationStatus status, Instant expiresAt,
		List<Item> items, Instant createdAt, Instant updatedAt) {

	record Item(UUID productId, int quantity) {
	}

}
