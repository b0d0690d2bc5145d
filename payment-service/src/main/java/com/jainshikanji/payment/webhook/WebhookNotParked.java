package com.jainshikanji.payment.webhook;

import java.util.Locale;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemType;

/** Only a parked webhook can be retried or discarded. */
@ProblemType(status = HttpStatus.CONFLICT, slug = "webhook-not-parked", title = "Webhook not parked")
class WebhookNotParked extends RuntimeException {

	WebhookNotParked(String eventId, String status, String action) {
		super("Webhook " + eventId + " is " + status.toLowerCase(Locale.ROOT) + "; only a parked webhook can be "
				+ action);
	}

}
