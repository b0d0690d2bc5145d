package com.jainshikanji.payment.checkout;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemType;

/**
 * What Checkout returned is not signed by Razorpay for this payment's order: nothing was
 * recorded.
 */
@ProblemType(status = HttpStatus.BAD_REQUEST, slug = "invalid-payment-signature", title = "Invalid payment signature")
class InvalidPaymentSignature extends RuntimeException {

	InvalidPaymentSignature() {
		super("razorpay_signature does not match this order and payment");
	}

}
