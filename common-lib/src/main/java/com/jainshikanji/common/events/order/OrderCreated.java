package com.jainshikanji.common.events.order;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.jainshikanji.common.events.EventType;
import com.jainshikanji.common.events.IntegrationEvent;
import com.jainshikanji.common.events.Topics;

/**
 * A customer placed an order and its stock is reserved. An online order waits for its
 * payment ({@code status} pending) until {@code paymentDueBy}; a cash-on-delivery order
 * is confirmed at once (an {@link OrderConfirmed} follows in the same transaction).
 *
 * @param orderId the order
 * @param orderNumber its human-readable number, e.g. ORD20261201-000123
 * @param customerId who ordered
 * @param customerName the customer's name when ordering
 * @param customerEmail the customer's email when ordering
 * @param customerPhone the customer's phone when ordering, or {@code null}
 * @param storeId the store that prepares it
 * @param deliveryType delivery, pickup or dine-in
 * @param paymentMethod upi, card, netbanking, wallet or cod
 * @param status the order's status after placement: pending or confirmed
 * @param lines what was ordered
 * @param amounts the amounts
 * @param placedAt when it was placed
 * @param paymentDueBy until when an online payment is awaited before the order is
 * cancelled; {@code null} for cash on delivery
 * @param scheduledFor when the customer wants it, or {@code null} for as soon as possible
 * @param estimatedAt when the store expects it ready (pickup, dine-in) or delivered,
 * counted from {@code scheduledFor} when the order is scheduled; {@code null} when the
 * store gave no estimate, and in events published before the field existed
 */
@EventType(name = "OrderCreated", topic = Topics.ORDER)
public record OrderCreated(UUID orderId, String orderNumber, UUID customerId, String customerName, String customerEmail,
		String customerPhone, UUID storeId, String deliveryType, String paymentMethod, String status,
		List<OrderLine> lines, OrderAmounts amounts, Instant placedAt, Instant paymentDueBy,
		@Nullable Instant scheduledFor, @Nullable Instant estimatedAt) implements IntegrationEvent {

	/** An order placed for as soon as possible, without an estimate. */
	public OrderCreated(UUID orderId, String orderNumber, UUID customerId, String customerName, String customerEmail,
			String customerPhone, UUID storeId, String deliveryType, String paymentMethod, String status,
			List<OrderLine> lines, OrderAmounts amounts, Instant placedAt, Instant paymentDueBy) {
		this(orderId, orderNumber, customerId, customerName, customerEmail, customerPhone, storeId, deliveryType,
				paymentMethod, status, lines, amounts, placedAt, paymentDueBy, null, null);
	}

	@Override
	public String aggregateId() {
		return this.orderId.toString();
	}

}
