package com.jainshikanji.notification.order;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.jainshikanji.common.events.order.OrderAmounts;
import com.jainshikanji.common.events.order.OrderLine;
import com.jainshikanji.notification.directory.Contact;

/**
 * What is known of an order, for its notifications.
 *
 * @param placementSeen whether its placement was seen, which brought the contact it was
 * ordered with
 */
public record OrderView(UUID orderId, @Nullable String orderNumber, UUID customerId, @Nullable UUID storeId,
		Contact contact, @Nullable String deliveryType, @Nullable String paymentMethod, List<OrderLine> lines,
		@Nullable OrderAmounts amounts, @Nullable Instant estimatedAt, OrderStage stage, boolean placementSeen) {
}
