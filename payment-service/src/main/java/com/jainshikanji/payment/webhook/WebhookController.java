package com.jainshikanji.payment.webhook;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Razorpay's webhook endpoint: open (no token), trusted by its signature alone. The body
 * is taken as bytes, because the signature covers the bytes as sent.
 */
@RestController
@Tag(name = "Webhooks", description = "For Razorpay only: payment and refund events, signed with the webhook secret.")
class WebhookController {

	private final Webhooks webhooks;

	WebhookController(Webhooks webhooks) {
		this.webhooks = webhooks;
	}

	@PostMapping("/api/v1/payments/webhook")
	@Operation(summary = "Receive a Razorpay webhook",
			description = "Razorpay calls this; no token. X-Razorpay-Signature must be the HMAC-SHA256 of the raw "
					+ "body under the webhook secret (400 invalid-webhook-signature otherwise, nothing stored). "
					+ "Each X-Razorpay-Event-Id counts once; 200 as soon as it is stored. Handles "
					+ "payment.captured, order.paid, payment.failed, refund.processed and refund.failed.")
	Received receive(@RequestBody byte[] body,
			@RequestHeader(name = "X-Razorpay-Signature", required = false) @Nullable String signature,
			@RequestHeader(name = "X-Razorpay-Event-Id", required = false) @Nullable String eventId) {
		return new Received(!this.webhooks.receive(body, signature, eventId));
	}

	/**
	 * @param duplicate whether the event had been received before
	 */
	record Received(boolean duplicate) {
	}

}
