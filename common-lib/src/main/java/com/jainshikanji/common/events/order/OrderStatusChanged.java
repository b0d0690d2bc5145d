package com.jainshikanji.common.events.order;

import java.time.Instant;
import java.util.UUID;

import com.jainshikanji.common.events.EventType;
import com.jainshikanji.common.events.IntegrationEvent;
import com.jainshikanji.common.events.Topics;

/**
 * An order moved from one status to another (every move, including those that also
 * publish {@link OrderConfirmed}, {@link OrderCancelled} or {@link OrderDelivered}), for
 * notifications, analytics and live tracking.
 *
 * @param orderId the order
 * @param orderNumber its number
 * @param customerId who ordered
 * @param storeId the store
 * @param from the previous status
 * @param to the new status: pending, confirmed, preparing, ready, out_for_delivery,
 * delivered, cancelled or refunded
 * @param note what the person who moved it said, or {@code null}
 * @param sequence the order's change counter: grows with every status change, so a
 * consumer can ignore a change older than one it has seen
 * @param changedAt when
 */
@EventType(name = "OrderStatusChanged", topic = Topics.ORDER)
public record OrderStatusChanged(UUID orderId, String orderNumber, UUID customerId, UUID storeId, String from,
		String to, String note, long sequence, Instant changedAt) implements IntegrationEvent {

	@Override
	public String aggregateId() {
		return this.orderId.toString();
	}

}
