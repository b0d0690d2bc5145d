package com.jainshikanji.payment.webhook;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemType;

/**
 * The body is not signed with our webhook secret (or was changed on the way, even by
 * whitespace): not stored, not processed.
 */
@ProblemType(status = HttpStatus.BAD_REQUEST, slug = "invalid-webhook-signature", title = "Invalid webhook signature")
class InvalidWebhookSignature extends RuntimeException {

	InvalidWebhookSignature() {
		super("X-Razorpay-Signature does not match the body");
	}

}
