package com.jainshikanji.payment.checkout;

import java.util.UUID;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemType;

/** Only money that was captured can go back. */
@ProblemType(status = HttpStatus.CONFLICT, slug = "payment-not-refundable", title = "Payment not refundable")
class PaymentNotRefundable extends RuntimeException {

	PaymentNotRefundable(UUID paymentId, PaymentStatus status) {
		super("Payment " + paymentId + " is " + status + ": only a completed payment can be refunded");
	}

}
