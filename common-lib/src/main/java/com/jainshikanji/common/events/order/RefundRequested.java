package com.jainshikanji.common.events.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import com.jainshikanji.common.events.EventType;
import com.jainshikanji.common.events.IntegrationEvent;
import com.jainshikanji.common.events.Topics;

/**
 * Money received for an order must go back: the order was cancelled after it was paid, or
 * a payment completed for an order that was already cancelled. The payment service
 * refunds it (once per order and payment) and answers with a {@code RefundProcessed}.
 *
 * @param orderId the order
 * @param orderNumber its number
 * @param customerId who paid
 * @param paymentId the payment to refund
 * @param amount how much, in rupees
 * @param reason why
 * @param requestedAt when
 */
@EventType(name = "RefundRequested", topic = Topics.ORDER)
public record RefundRequested(UUID orderId, String orderNumber, UUID customerId, UUID paymentId, BigDecimal amount,
		String reason, Instant requestedAt) implements IntegrationEvent {

	@Override
	public String aggregateId() {
		return this.orderId.toString();
	}

}
