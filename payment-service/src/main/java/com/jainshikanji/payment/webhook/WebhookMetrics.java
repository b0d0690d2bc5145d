package com.jainshikanji.payment.webhook;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.stereotype.Component;

/**
 * {@code payment.webhooks.parked}: Razorpay webhooks the service could not apply, waiting
 * for an operator ({@link ParkedWebhooksController}); the WebhookParked alert watches it.
 * Counted on each scrape, over the index of parked rows.
 */
@Component
class WebhookMetrics implements MeterBinder {

	private final WebhookInbox inbox;

	WebhookMetrics(WebhookInbox inbox) {
		this.inbox = inbox;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("payment.webhooks.parked", this.inbox, WebhookInbox::countParked)
			.description("Razorpay webhooks that could not be applied, parked until an operator retries or "
					+ "discards them")
			.baseUnit("webhooks")
			.register(registry);
	}

}
