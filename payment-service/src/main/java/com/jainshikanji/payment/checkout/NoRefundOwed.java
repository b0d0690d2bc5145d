package com.jainshikanji.payment.checkout;

import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemExtensions;
import com.jainshikanji.common.web.ProblemType;

/**
 * Staff recorded a refund owed as given back outside the provider, but the payment owes
 * none (never did, or a refund or another settlement gave it back already): recorded, it
 * would count money as given back that never was owed.
 */
@ProblemType(status = HttpStatus.CONFLICT, slug = "no-refund-owed", title = "No refund owed")
class NoRefundOwed extends RuntimeException implements ProblemExtensions {

	NoRefundOwed(UUID paymentId) {
		super("Payment " + paymentId + " owes no refund: only a refund owed (refundOwed) can be settled outside "
				+ "Razorpay");
	}

	@Override
	public Map<String, Object> problemProperties() {
		return Map.of("rule", "settles-only-a-refund-owed");
	}

}
