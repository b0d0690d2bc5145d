package com.jainshikanji.payment.webhook;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operators' view of the webhooks that could not be applied (they named a payment or
 * refund never known here, or contradicted what is known), under {@code /api/v1/admin}:
 * admins only, through the gateway {@code /api/v1/admin/payment-service/webhooks}.
 */
@RestController
@RequestMapping("/api/v1/admin/webhooks")
@Tag(name = "Operations: parked webhooks",
		description = "Razorpay webhooks the service could not apply, to retry or discard (admin)")
class ParkedWebhooksController {

	private final ParkedWebhooks parked;

	ParkedWebhooksController(ParkedWebhooks parked) {
		this.parked = parked;
	}

	@GetMapping("/parked")
	@Operation(summary = "List parked webhooks", description = "The most recently parked first.")
	PageResponse list(@RequestParam(defaultValue = "0") @Min(0) @Max(10000) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
		ParkedWebhooks.Page result = this.parked.list(page, size);
		return new PageResponse(result.items().stream().map(WebhookResponse::of).toList(), result.page(), result.size(),
				result.totalItems());
	}

	@PostMapping("/{eventId}/retry")
	@Operation(summary = "Retry a parked webhook",
			description = "Puts it back in line with all its attempts again and tries it at once; the answer shows "
					+ "how that went (PROCESSED, RETRYING, or PARKED again). 409 webhook-not-parked otherwise.")
	WebhookResponse retry(@PathVariable @Size(max = 100) String eventId) {
		return WebhookResponse.of(this.parked.retry(eventId));
	}

	@PostMapping("/{eventId}/discard")
	@Operation(summary = "Discard a parked webhook",
			description = "Gives it up for good (DISCARDED); it stays on record. 409 webhook-not-parked otherwise.")
	WebhookResponse discard(@PathVariable @Size(max = 100) String eventId) {
		return WebhookResponse.of(this.parked.discard(eventId));
	}

	record PageResponse(List<WebhookResponse> items, int page, int size, long totalItems) {
	}

	/**
	 * @param processedAt when it was processed, parked or discarded
	 */
	record WebhookResponse(String eventId, String eventType, String status, int attempts, @Nullable String lastError,
			Instant receivedAt, @Nullable Instant processedAt) {

		static WebhookResponse of(WebhookInbox.Summary webhook) {
			return new WebhookResponse(webhook.eventId(), webhook.eventType(), webhook.status(), webhook.attempts(),
					webhook.lastError(), webhook.receivedAt(), webhook.processedAt());
		}

	}

}
