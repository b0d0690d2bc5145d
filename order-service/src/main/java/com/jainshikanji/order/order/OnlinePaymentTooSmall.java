package com.jainshikanji.order.order;

import java.util.Map;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.money.Money;
import com.jainshikanji.common.web.ProblemExtensions;
import com.jainshikanji.common.web.ProblemType;

/**
 * An order to be paid online whose discounts leave something to pay, but less than the
 * payment provider takes (Razorpay: INR 1.00). Accepted, it could never be paid: it would
 * wait out its payment window and be cancelled. Cash on delivery takes any amount.
 */
@ProblemType(status = HttpStatus.UNPROCESSABLE_CONTENT, slug = "online-payment-too-small",
		title = "Too little to pay online")
class OnlinePaymentTooSmall extends RuntimeException implements ProblemExtensions {

	private final Money total;

	private final Money minimum;

	OnlinePaymentTooSmall(Money total, Money minimum) {
		super("The order comes to " + total + ", less than the " + minimum
				+ " that can be paid online: choose cash on delivery, or use less of your discounts");
		this.total = total;
		this.minimum = minimum;
	}

	@Override
	public Map<String, Object> problemProperties() {
		return Map.of("total", this.total.amount(), "minimumOnlinePayment", this.minimum.amount());
	}

}
