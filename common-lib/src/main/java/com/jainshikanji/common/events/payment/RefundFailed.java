package com.jainshikanji.common.events.payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import com.jainshikanji.common.events.EventType;
import com.jainshikanji.common.events.IntegrationEvent;
import com.jainshikanji.common.events.Topics;

/**
 * The provider refused a refund; staff must settle it by hand.
 *
 * @param refundId the refund
 * @param paymentId the payment
 * @param orderId the order
 * @param amount the amount that was to be refunded, in rupees
 * @param reason the provider's reason
 * @param failedAt when
 */
@EventType(name = "RefundFailed", topic = Topics.PAYMENT)
public record RefundFailed(UUID refundId, UUID paymentId, UUID orderId, BigDecimal amount, String reason,
		Instant failedAt) implements IntegrationEvent {

	@Override
	public String aggregateId() {
		return this.orderId.toString();
	}

}
