package com.jainshikanji.payment.webhook;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.jainshikanji.common.audit.AuditLog;
import com.jainshikanji.common.audit.AuditLog.AuditEvent;

/**
 * What an operator can do about the webhooks the processor parked: see them, put one back
 * in line once what it waited for is there (the payment it names is known now, say), or
 * give it up for good. Both actions are audited.
 */
@Component
class ParkedWebhooks {

	private final WebhookInbox inbox;

	private final WebhookProcessor processor;

	private final AuditLog audit;

	private final TransactionTemplate transaction;

	private final Clock clock;

	ParkedWebhooks(WebhookInbox inbox, WebhookProcessor processor, AuditLog audit,
			PlatformTransactionManager transactionManager, Clock clock) {
		this.inbox = inbox;
		this.processor = processor;
		this.audit = audit;
		this.transaction = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	Page list(int page, int size) {
		return new Page(this.inbox.parked(page, size), page, size, this.inbox.countParked());
	}

	/**
	 * Puts a parked webhook back in line with all its attempts again and tries it at
	 * once, so that the answer says how that went (processed, waiting again, parked
	 * again).
	 */
	WebhookInbox.Summary retry(String eventId) {
		this.transaction.executeWithoutResult((status) -> {
			WebhookInbox.Summary parked = parked(eventId, "retried");
			this.inbox.requeue(eventId, this.clock.instant());
			this.audit.record(AuditEvent.of("webhook.retried", "webhook", eventId)
				.with("eventType", parked.eventType())
				.with("lastError", parked.lastError()));
		});
		this.processor.process(eventId);
		return this.inbox.find(eventId).orElseThrow(() -> new WebhookNotFound(eventId));
	}

	WebhookInbox.Summary discard(String eventId) {
		return this.transaction.execute((status) -> {
			WebhookInbox.Summary parked = parked(eventId, "discarded");
			this.inbox.discard(eventId, this.clock.instant());
			this.audit.record(AuditEvent.of("webhook.discarded", "webhook", eventId)
				.with("eventType", parked.eventType())
				.with("lastError", parked.lastError()));
			return this.inbox.find(eventId).orElseThrow();
		});
	}

	private WebhookInbox.Summary parked(String eventId, String action) {
		WebhookInbox.Summary webhook = this.inbox.lock(eventId).orElseThrow(() -> new WebhookNotFound(eventId));
		if (!webhook.status().equals("PARKED")) {
			throw new WebhookNotParked(eventId, webhook.status(), action);
		}
		return webhook;
	}

	record Page(List<WebhookInbox.Summary> items, int page, int size, long totalItems) {
	}

}
