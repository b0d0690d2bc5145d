package com.jainshikanji.analytics.facts;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/**
 * Money given back for an order, once per refund.
 *
 * @param paymentId the payment it gave back, {@code null} for refunds recorded before
 * analytics kept it
 * @param amount rupees
 */
@Embeddable
record RefundFact(UUID refundId, @Nullable UUID paymentId, BigDecimal amount, Instant processedAt) {

	/**
	 * Whether it counts against the sale of an order paid by {@code paidBy}: unless it
	 * gave back another payment (a duplicate or late capture, money that came in and went
	 * back out). While the payment that paid is not known (not confirmed yet or ever, or
	 * cash on delivery, whose confirmation names none), every refund counts.
	 */
	boolean countsAgainst(@Nullable UUID paidBy) {
		return paidBy == null || this.paymentId == null || this.paymentId.equals(paidBy);
	}

}
