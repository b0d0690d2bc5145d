package com.jainshikanji.payment.webhook;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemType;

/** No webhook was received with this event id. */
@ProblemType(status = HttpStatus.NOT_FOUND, slug = "webhook-not-found", title = "Webhook not found")
class WebhookNotFound extends RuntimeException {

	WebhookNotFound(String eventId) {
		super("No webhook with event id " + eventId);
	}

}
