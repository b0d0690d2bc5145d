package com.jainshikanji.payment.checkout;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.money.Money;
import com.jainshikanji.common.web.ProblemExtensions;
import com.jainshikanji.common.web.ProblemType;

/**
 * A settlement of a refund owed for more than can be settled now: more than is owed, or
 * more than refunds still under way with the provider leave of it (they may yet give it
 * back). The problem says what is owed ({@code refundOwed}) and what can be settled now
 * ({@code settleable}), in rupees.
 */
@ProblemType(status = HttpStatus.CONFLICT, slug = "settlement-exceeds-owed", title = "Settlement exceeds refund owed")
class SettlementExceedsOwed extends RuntimeException implements ProblemExtensions {

	private final BigDecimal owed;

	private final BigDecimal settleable;

	SettlementExceedsOwed(UUID paymentId, Money asked, Money owed, Money settleable) {
		super(message(paymentId, asked, owed, settleable));
		this.owed = owed.amount();
		this.settleable = settleable.amount();
	}

	private static String message(UUID paymentId, Money asked, Money owed, Money settleable) {
		if (asked.compareTo(owed) > 0) {
			return "A settlement of " + asked + " exceeds the " + owed + " payment " + paymentId + " owes";
		}
		return "Only " + settleable + " of the " + owed + " payment " + paymentId + " owes can be settled now: "
				+ "refunds still under way with Razorpay hold the rest; settle it once they complete or fail";
	}

	@Override
	public Map<String, Object> problemProperties() {
		return Map.of("rule", "settlement-within-refund-owed", "refundOwed", this.owed, "settleable", this.settleable);
	}

}
