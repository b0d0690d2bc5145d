package com.jainshikanji.common.events.order;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.jainshikanji.common.events.EventType;
import com.jainshikanji.common.events.IntegrationEvent;
import com.jainshikanji.common.events.Topics;

/**
 * An order is confirmed: paid online, or placed for cash on delivery. Inventory commits
 * its reservation; the store starts on it.
 *
 * @param orderId the order
 * @param orderNumber its number
 * @param customerId who ordered
 * @param storeId the store
 * @param paymentMethod how it is paid
 * @param paymentId the payment that confirmed it, {@code null} for cash on delivery
 * @param lines what was ordered
 * @param amounts the amounts
 * @param confirmedAt when
 * @param scheduledFor when the customer wants it, or {@code null} for as soon as possible
 * @param estimatedAt when the store expects it ready (pickup, dine-in) or delivered, as
 * in {@link OrderCreated}; {@code null} when the store gave no estimate, and in events
 * published before the field existed
 */
@EventType(name = "OrderConfirmed", topic = Topics.ORDER)
public record OrderConfirmed(UUID orderId, String orderNumber, UUID customerId, UUID storeId, String paymentMethod,
		UUID paymentId, List<OrderLine> lines, OrderAmounts amounts, Instant confirmedAt,
		@Nullable Instant scheduledFor, @Nullable Instant estimatedAt) implements IntegrationEvent {

	/** An order for as soon as possible, confirmed without an estimate. */
	public OrderConfirmed(UUID orderId, String orderNumber, UUID customerId, UUID storeId, String paymentMethod,
			UUID paymentId, List<OrderLine> lines, OrderAmounts amounts, Instant confirmedAt) {
		this(orderId, orderNumber, customerId, storeId, paymentMethod, paymentId, lines, amounts, confirmedAt, null,
				null);
	}

	@Override
	public String aggregateId() {
		return this.orderId.toString();
	}

}
