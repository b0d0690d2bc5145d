package com.jainshikanji.order.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An order in a list: enough to pick it out and see where it stands.
 *
 * @param itemCount how many lines it has
 * @param total what it costs, in rupees
 * @param placedAt when it was placed
 */
record OrderSummaryResponse(UUID id, String orderNumber, OrderStatus status, PaymentStatus paymentStatus,
		PaymentMethod paymentMethod, DeliveryType deliveryType, UUID storeId, UUID customerId, int itemCount,
		BigDecimal total, @Nullable Instant scheduledFor, @Nullable Instant estimatedAt, Instant placedAt,
		Instant updatedAt) {
}
