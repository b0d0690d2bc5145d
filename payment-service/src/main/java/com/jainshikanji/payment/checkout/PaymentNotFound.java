package com.jainshikanji.payment.checkout;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemType;

/** No such payment, or not one the caller may see. */
@ProblemType(status = HttpStatus.NOT_FOUND, slug = "payment-not-found", title = "Payment not found")
public class PaymentNotFound extends RuntimeException {

	public PaymentNotFound(Object paymentId) {
		super("No payment " + paymentId);
	}

}
