package com.jainshikanji.analytics.funnel;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A visit's step, as kept.
 *
 * @param customerId the signed-in customer, {@code null} for anonymous visits
 */
record ClientEvent(ClientEventType type, String sessionId, @Nullable UUID customerId, @Nullable UUID storeId,
		@Nullable UUID productId, @Nullable Integer quantity, @Nullable ClientPlatform platform) {
}
