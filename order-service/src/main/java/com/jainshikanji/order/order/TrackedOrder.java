package com.jainshikanji.order.order;

import java.util.UUID;

/**
 * What tracking needs to know of an order the caller may follow.
 *
 * @param statusSequence the order's status change counter (as in OrderStatusChanged), so
 * a live stream's first message and later ones can be put in order
 */
public record TrackedOrder(UUID id, String orderNumber, UUID customerId, UUID storeId, OrderStatus status,
		long statusSequence) {

	static TrackedOrder of(Order order) {
		return new TrackedOrder(order.id(), order.orderNumber(), order.customerId(), order.storeId(), order.status(),
				order.statusSequence());
	}

}
