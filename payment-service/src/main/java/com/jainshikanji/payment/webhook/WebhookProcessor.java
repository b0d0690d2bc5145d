package com.jainshikanji.payment.webhook;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.stereotype.Component;

import com.jainshikanji.payment.checkout.PaymentSettlement;
import com.jainshikanji.payment.refund.RefundService;

/**
 * Processes a stored webhook, in one transaction with marking it done: what it reports is
 * applied (each effect exactly once, see {@link PaymentSettlement} and
 * {@link RefundService}), and the webhook is processed, ignored (an event we do not act
 * on), retried later (it names a payment or refund we do not know yet, or processing
 * failed), or parked for an operator after too many attempts or when it contradicts what
 * we know. Parked webhooks stay in the table.
 */
@Component
class WebhookProcessor {

	private static final Logger log = LoggerFactory.getLogger(WebhookProcessor.class);

	private static final Duration MAX_PAUSE = Duration.ofMinutes(5);

	private final WebhookInbox inbox;

	private final PaymentSettlement payments;

	private final RefundService refunds;

	private final TransactionTemplate transaction;

	private final WebhookProperties properties;

	private final JsonMapper json;

	private final Clock clock;

	WebhookProcessor(WebhookInbox inbox, PaymentSettlement payments, RefundService refunds,
			PlatformTransactionManager transactionManager, WebhookProperties properties, Clock clock) {
		this.inbox = inbox;
		this.payments = payments;
		this.refunds = refunds;
		this.transaction = new TransactionTemplate(transactionManager);
		this.properties = properties;
		this.json = Webhooks.JSON;
		this.clock = clock;
	}

	/** Processes the webhook if it is still to be processed and nobody else is at it. */
	void process(String eventId) {
		try {
			this.transaction.executeWithoutResult((status) -> {
				Optional<WebhookInbox.Stored> stored = this.inbox.claim(eventId);
				if (stored.isPresent()) {
					settle(stored.get());
				}
			});
		}
		catch (RuntimeException ex) {
			log.warn("Processing webhook {} failed; it is retried", eventId, ex);
			this.transaction.executeWithoutResult((status) -> notYet(eventId, this.inbox.attempts(eventId),
					"Processing failed: " + ex.getClass().getSimpleName()));
		}
	}

	private void settle(WebhookInbox.Stored stored) {
		WebhookFacts facts = this.json.readValue(stored.facts(), WebhookFacts.class);
		Instant now = this.clock.instant();
		switch (apply(facts)) {
			case DONE -> this.inbox.finish(stored.eventId(), "PROCESSED", null, now);
			case IGNORED -> this.inbox.finish(stored.eventId(), "IGNORED", null, now);
			case NOT_YET ->
				notYet(stored.eventId(), stored.attempts(), "Names a payment or refund not known here (yet)");
			case CONTRADICTS -> {
				log.error("Webhook {} ({}) contradicts what is known; parked for an operator", stored.eventId(),
						facts.event());
				this.inbox.finish(stored.eventId(), "PARKED", "Contradicts the payment or refund it names", now);
			}
		}
	}

	private Result apply(WebhookFacts facts) {
		return switch (facts.event()) {
			case "payment.captured", "order.paid", "payment.failed" ->
				(facts.payment() == null) ? Result.IGNORED : switch (this.payments.apply(facts.payment())) {
					case APPLIED, ALREADY_APPLIED, NOTHING_TO_DO -> Result.DONE;
					case UNKNOWN_ORDER -> Result.NOT_YET;
					case MISMATCH -> Result.CONTRADICTS;
				};
			case "refund.processed", "refund.failed" ->
				(facts.refund() == null) ? Result.IGNORED : switch (this.refunds.reported(facts.refund())) {
					case APPLIED, ALREADY_APPLIED -> Result.DONE;
					case UNKNOWN_REFUND -> Result.NOT_YET;
					case MISMATCH -> Result.CONTRADICTS;
				};
			default -> Result.IGNORED;
		};
	}

	private void notYet(String eventId, int attemptsBefore, String why) {
		int attempts = attemptsBefore + 1;
		Instant now = this.clock.instant();
		if (attempts >= this.properties.maxAttempts()) {
			log.error("Webhook {} could not be processed in {} attempts ({}); parked for an operator", eventId,
					attempts, why);
			this.inbox.finish(eventId, "PARKED", why, now);
			return;
		}
		this.inbox.retryLater(eventId, now.plus(pause(attempts)), why);
	}

	/** 1, 2, 4... seconds after each failed attempt, at most five minutes. */
	static Duration pause(int attempts) {
		Duration pause = Duration.ofSeconds(1L << Math.min(Math.max(attempts - 1, 0), 20));
		return (pause.compareTo(MAX_PAUSE) > 0) ? MAX_PAUSE : pause;
	}

	private enum Result {

		DONE, IGNORED, NOT_YET, CONTRADICTS

	}

}
