package com.jainshikanji.store.outlet;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A store as clients see it.
 *
 * @param openNow whether the store is active and its operating hours cover this moment,
 * in its own time zone; a deactivated store is never open. A store that is open may still
 * have paused orders ({@code acceptingOrders}).
 * @param freeDeliveryThreshold {@code null} when there is no free delivery
 */
record StoreResponse(UUID id, String slug, String name, @Nullable String description, Contact contact,
		PostalAddress address, @Nullable Coordinates coordinates, String timeZone, boolean active,
		boolean acceptingOrders, boolean openNow, BigDecimal minimumOrderValue, BigDecimal deliveryFee,
		@Nullable BigDecimal freeDeliveryThreshold, int estimatedPreparationMinutes, Instant createdAt,
		Instant updatedAt) {
}
