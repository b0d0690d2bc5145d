package com.jainshikanji.store.delivery;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A delivery zone.
 *
 * @param deliveryFee {@code null} when the store's delivery fee applies
 */
record DeliveryZoneResponse(UUID id, UUID storeId, String name, List<String> postalCodes,
		@Nullable BigDecimal deliveryFee, int estimatedMinutes, boolean active, Instant createdAt, Instant updatedAt) {
}
