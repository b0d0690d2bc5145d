package com.jainshikanji.common.events.payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import com.jainshikanji.common.events.EventType;
import com.jainshikanji.common.events.IntegrationEvent;
import com.jainshikanji.common.events.Topics;

/**
 * A payment for an order failed for good (the provider declined it). The order service
 * cancels the pending order and its stock goes back.
 *
 * @param paymentId the payment
 * @param orderId the order
 * @param amount the amount that was attempted, in rupees
 * @param reason the provider's reason, fit to show the customer
 * @param failedAt when
 */
@EventType(name = "PaymentFailed", topic = Topics.PAYMENT)
public record PaymentFailed(UUID paymentId, UUID orderId, BigDecimal amount, String reason,
		Instant failedAt) implements IntegrationEvent {

	@Override
	public String aggregateId() {
		return this.orderId.toString();
	}

}
