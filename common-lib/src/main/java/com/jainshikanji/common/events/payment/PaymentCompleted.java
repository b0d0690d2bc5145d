package com.jainshikanji.common.events.payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import com.jainshikanji.common.events.EventType;
import com.jainshikanji.common.events.IntegrationEvent;
import com.jainshikanji.common.events.Topics;

/**
 * A payment for an order was captured (or, for cash on delivery, collected). The order
 * service confirms the order, or asks for a refund if the order was already cancelled.
 * Published once per payment, however many provider webhooks announce it.
 *
 * @param paymentId the payment
 * @param orderId the order it pays for
 * @param amount how much, in rupees
 * @param method upi, card, netbanking, wallet or cod
 * @param providerPaymentId the provider's payment id (e.g. Razorpay's pay_...), or
 * {@code null} for cash
 * @param completedAt when
 */
@EventType(name = "PaymentCompleted", topic = Topics.PAYMENT)
public record PaymentCompleted(UUID paymentId, UUID orderId, BigDecimal amount, String method, String providerPaymentId,
		Instant completedAt) implements IntegrationEvent {

	/** Keyed by order, so an order's payment events stay in order. */
	@Override
	public String aggregateId() {
		return this.orderId.toString();
	}

}
