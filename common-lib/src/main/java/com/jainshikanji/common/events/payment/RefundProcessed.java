package com.jainshikanji.common.events.payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import com.jainshikanji.common.events.EventType;
import com.jainshikanji.common.events.IntegrationEvent;
import com.jainshikanji.common.events.Topics;

/**
 * Money went back to the customer. When the refunds of a payment add up to all of it, the
 * order service marks a cancelled order refunded.
 *
 * @param refundId the refund
 * @param paymentId the payment refunded
 * @param orderId the order
 * @param amount this refund, in rupees
 * @param totalRefunded all refunds of the payment so far, this one included
 * @param fullyRefunded whether the payment is now refunded in full
 * @param processedAt when
 */
@EventType(name = "RefundProcessed", topic = Topics.PAYMENT)
public record RefundProcessed(UUID refundId, UUID paymentId, UUID orderId, BigDecimal amount, BigDecimal totalRefunded,
		boolean fullyRefunded, Instant processedAt) implements IntegrationEvent {

	@Override
	public String aggregateId() {
		return this.orderId.toString();
	}

}
