package com.jainshikanji.analytics.facts;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/**
 * A payment of an order that completed, kept until the order's confirmation says which
 * payment paid for it.
 *
 * @param amount rupees
 */
@Embeddable
record PaymentFact(UUID paymentId, BigDecimal amount, Instant completedAt) {

	/**
	 * Whether it may be the payment that paid for an order paid by {@code paidBy}: it is
	 * that payment, or which one paid is not known (not confirmed yet or ever, or cash on
	 * delivery, whose confirmation names none). Another payment is a duplicate or late
	 * capture, money that came in and went back out.
	 */
	boolean mayHavePaid(@Nullable UUID paidBy) {
		return paidBy == null || this.paymentId.equals(paidBy);
	}

}
