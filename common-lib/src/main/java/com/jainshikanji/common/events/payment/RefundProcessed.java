package com.jainshikanji.common.events.payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

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
 * @param method how the money reached the customer; events written before the field
 * existed have none and are read as {@link Method#ORIGINAL_METHOD} (see there for what
 * they may also have been)
 */
@EventType(name = "RefundProcessed", topic = Topics.PAYMENT)
public record RefundProcessed(UUID refundId, UUID paymentId, UUID orderId, BigDecimal amount, BigDecimal totalRefunded,
		boolean fullyRefunded, Instant processedAt, Method method) implements IntegrationEvent {

	/**
	 * No method (an event published before it existed, read from Kafka or an outbox) is
	 * {@link Method#ORIGINAL_METHOD}.
	 */
	public RefundProcessed(UUID refundId, UUID paymentId, UUID orderId, BigDecimal amount, BigDecimal totalRefunded,
			boolean fullyRefunded, Instant processedAt, @Nullable Method method) {
		this.refundId = refundId;
		this.paymentId = paymentId;
		this.orderId = orderId;
		this.amount = amount;
		this.totalRefunded = totalRefunded;
		this.fullyRefunded = fullyRefunded;
		this.processedAt = processedAt;
		this.method = (method != null) ? method : Method.ORIGINAL_METHOD;
	}

	/** A refund through the payment provider, back the way it was paid. */
	public RefundProcessed(UUID refundId, UUID paymentId, UUID orderId, BigDecimal amount, BigDecimal totalRefunded,
			boolean fullyRefunded, Instant processedAt) {
		this(refundId, paymentId, orderId, amount, totalRefunded, fullyRefunded, processedAt, Method.ORIGINAL_METHOD);
	}

	@Override
	public String aggregateId() {
		return this.orderId.toString();
	}

	/**
	 * How a refund reached the customer, which decides what they should look for and
	 * when: only a refund through the provider takes days to show in their bank or UPI
	 * app.
	 */
	public enum Method {

		/**
		 * Through the payment provider (Razorpay), back to the UPI account, card, bank
		 * account or wallet the customer paid with; banks show it within 5 to 7 working
		 * days. What an event without a method is read as: until the method was
		 * published, RefundProcessed also announced the refunds of cash-on-delivery
		 * payments (always given back in cash, so a consumer that knows the order was
		 * paid in cash can tell) and, for a few days, refunds owed that staff gave back
		 * by hand (a bank transfer or cash, which nothing in such an event tells apart).
		 */
		ORIGINAL_METHOD,

		/**
		 * Handed back in cash by the store: the refund of a cash-on-delivery payment, or
		 * a refund owed that staff gave back in cash instead of through the provider.
		 */
		CASH,

		/**
		 * A refund owed that the provider refused, which staff sent to the customer's
		 * bank account by a transfer of their own (the store keeps its reference, the
		 * UTR).
		 */
		BANK_TRANSFER

	}

}
