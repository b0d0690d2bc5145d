package com.jainshikanji.payment.checkout;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.money.Money;
import com.jainshikanji.common.web.ProblemExtensions;
import com.jainshikanji.common.web.ProblemType;

/**
 * A refund would take the refunds of a payment above what was captured. The problem says
 * how much can still be refunded ({@code refundable}, rupees).
 */
@ProblemType(status = HttpStatus.CONFLICT, slug = "refund-exceeds-captured", title = "Refund exceeds captured amount")
class RefundExceedsCaptured extends RuntimeException implements ProblemExtensions {

	private final BigDecimal refundable;

	RefundExceedsCaptured(UUID paymentId, Money asked, Money refundable) {
		super("A refund of " + asked + " exceeds what payment " + paymentId + " can still refund: " + refundable);
		this.refundable = refundable.amount();
	}

	@Override
	public Map<String, Object> problemProperties() {
		return Map.of("refundable", this.refundable);
	}

}
