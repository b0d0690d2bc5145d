package com.jainshikanji.payment.checkout;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.money.Money;
import com.jainshikanji.common.web.FieldError;
import com.jainshikanji.common.web.ProblemExtensions;
import com.jainshikanji.common.web.ProblemType;

/**
 * A refund of an online payment smaller than the provider refunds (Razorpay: INR 1.00):
 * booked, it would only be refused. The problem names the rule ({@code rule}), the field
 * at fault ({@code errors}) and the least that can be refunded ({@code minimumRefund},
 * rupees).
 */
@ProblemType(status = HttpStatus.UNPROCESSABLE_CONTENT, slug = "refund-below-minimum",
		title = "Refund below the provider's minimum")
class RefundBelowMinimum extends RuntimeException implements ProblemExtensions {

	private final BigDecimal minimum;

	RefundBelowMinimum(UUID paymentId, Money asked, Money minimum) {
		super("A refund of " + asked + " is less than the " + minimum + " an online payment can refund (payment "
				+ paymentId + ")");
		this.minimum = minimum.amount();
	}

	@Override
	public Map<String, Object> problemProperties() {
		return Map.of("rule", "minimum-online-refund", "minimumRefund", this.minimum, "errors",
				List.of(new FieldError("amount",
						"must be at least " + this.minimum.toPlainString() + " for a payment made online")));
	}

}
