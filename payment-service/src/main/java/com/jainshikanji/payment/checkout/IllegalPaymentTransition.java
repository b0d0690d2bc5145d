package com.jainshikanji.payment.checkout;

import java.util.UUID;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemType;

/** A payment was asked to do something its kind or state does not allow. */
@ProblemType(status = HttpStatus.CONFLICT, slug = "illegal-payment-transition", title = "Illegal payment transition")
class IllegalPaymentTransition extends RuntimeException {

	IllegalPaymentTransition(UUID paymentId, String why) {
		super("Payment " + paymentId + " " + why);
	}

}
