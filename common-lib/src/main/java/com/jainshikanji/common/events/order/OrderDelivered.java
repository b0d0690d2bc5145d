package com.jainshikanji.common.events.order;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.jainshikanji.common.events.EventType;
import com.jainshikanji.common.events.IntegrationEvent;
import com.jainshikanji.common.events.Topics;

/**
 * An order reached its customer (delivered, or handed over for pickup and dine-in).
 * Loyalty awards points, reviews become possible, analytics count the sale.
 *
 * @param orderId the order
 * @param orderNumber its number
 * @param customerId who ordered
 * @param storeId the store
 * @param deliveryType delivery, pickup or dine-in
 * @param paymentMethod how it was paid
 * @param cashCollected for cash on delivery: whether staff collected the cash on delivery
 * @param lines what was ordered
 * @param amounts the amounts
 * @param deliveredAt when
 */
@EventType(name = "OrderDelivered", topic = Topics.ORDER)
public record OrderDelivered(UUID orderId, String orderNumber, UUID customerId, UUID storeId, String deliveryType,
		String paymentMethod, boolean cashCollected, List<OrderLine> lines, OrderAmounts amounts,
		Instant deliveredAt) implements IntegrationEvent {

	@Override
	public String aggregateId() {
		return this.orderId.toString();
	}

}
