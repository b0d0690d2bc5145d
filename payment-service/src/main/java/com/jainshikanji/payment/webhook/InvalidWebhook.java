package com.jainshikanji.payment.webhook;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemType;

/** A correctly signed webhook we cannot read: no event id, or not a Razorpay event. */
@ProblemType(status = HttpStatus.BAD_REQUEST, slug = "invalid-webhook", title = "Invalid webhook")
class InvalidWebhook extends RuntimeException {

	InvalidWebhook(String message) {
		super(message);
	}

}
