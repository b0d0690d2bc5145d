package com.jainshikanji.common.events.order;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.jainshikanji.common.events.EventType;
import com.jainshikanji.common.events.IntegrationEvent;
import com.jainshikanji.common.events.Topics;

/**
 * An order was cancelled: by the customer, rejected by the store, because its payment
 * failed, or because it was not paid in time. Inventory returns its stock (once, whatever
 * the order's state was); loyalty returns held points and coupon uses. Money already
 * received is refunded through {@link RefundRequested}, not through this event.
 *
 * @param orderId the order
 * @param orderNumber its number
 * @param customerId who ordered
 * @param storeId the store
 * @param previousStatus the status it was cancelled from
 * @param cancelledBy customer, staff or system
 * @param reason why
 * @param lines what was ordered
 * @param amounts the amounts
 * @param cancelledAt when
 */
@EventType(name = "OrderCancelled", topic = Topics.ORDER)
public record OrderCancelled(UUID orderId, String orderNumber, UUID customerId, UUID storeId, String previousStatus,
		String cancelledBy, String reason, List<OrderLine> lines, OrderAmounts amounts,
		Instant cancelledAt) implements IntegrationEvent {

	@Override
	public String aggregateId() {
		return this.orderId.toString();
	}

}
