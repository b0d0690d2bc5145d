package com.jainshikanji.payment.webhook;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Tries again the webhooks that could not be processed when they arrived (and any a crash
 * left unprocessed), when their pause is over. Runs on every instance; each webhook is
 * processed under its row lock by one of them.
 */
@Component
class WebhookRetries {

	private static final Logger log = LoggerFactory.getLogger(WebhookRetries.class);

	private static final int BATCH = 50;

	private final WebhookInbox inbox;

	private final WebhookProcessor processor;

	private final Clock clock;

	WebhookRetries(WebhookInbox inbox, WebhookProcessor processor, Clock clock) {
		this.inbox = inbox;
		this.processor = processor;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${payment.webhooks.retry-interval:2s}",
			initialDelayString = "${payment.webhooks.retry-interval:2s}")
	void run() {
		try {
			this.inbox.due(this.clock.instant(), BATCH).forEach(this.processor::process);
		}
		catch (RuntimeException ex) {
			log.warn("Retrying webhooks failed; trying again at the next run", ex);
		}
	}

}
