package com.jainshikanji.notification.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.jainshikanji.notification.channel.EmailSender;
import com.jainshikanji.notification.channel.PushProvider;
import com.jainshikanji.notification.channel.SendOutcome;
import com.jainshikanji.notification.channel.SmsProvider;
import com.jainshikanji.notification.device.DeviceRegistry;
import com.jainshikanji.notification.kind.Channel;
import com.jainshikanji.notification.template.RenderedMessage;
import com.jainshikanji.notification.template.TemplateCatalog;
import com.jainshikanji.notification.template.TemplateDoesNotRender;

/**
 * Sends due deliveries of a channel: takes a batch in one short transaction (locked with
 * SKIP LOCKED, then leased), renders and sends each with no transaction or connection
 * held while the provider answers, and records each attempt in another short transaction.
 */
@Component
class Courier {

	private static final Logger log = LoggerFactory.getLogger(Courier.class);

	private final Deliveries deliveries;

	private final TransactionTemplate transaction;

	private final TemplateCatalog templates;

	private final AccountLinks accountLinks;

	private final EmailSender email;

	private final SmsProvider sms;

	private final PushProvider push;

	private final DeviceRegistry devices;

	private final DeliveryProperties properties;

	private final RetryPolicy policy;

	private final MeterRegistry meters;

	private final Clock clock;

	Courier(Deliveries deliveries, PlatformTransactionManager transactionManager, TemplateCatalog templates,
			AccountLinks accountLinks, EmailSender email, SmsProvider sms, PushProvider push, DeviceRegistry devices,
			DeliveryProperties properties, MeterRegistry meters, Clock clock) {
		this.deliveries = deliveries;
		this.transaction = new TransactionTemplate(transactionManager);
		this.templates = templates;
		this.accountLinks = accountLinks;
		this.email = email;
		this.sms = sms;
		this.push = push;
		this.devices = devices;
		this.properties = properties;
		this.policy = properties.retryPolicy();
		this.meters = meters;
		this.clock = clock;
	}

	/**
	 * Sends the channel's due deliveries, a batch at most.
	 * @return how many were taken
	 */
	int deliverDue(Channel channel) {
		List<UUID> batch = this.transaction.execute((status) -> {
			Instant now = this.clock.instant();
			List<UUID> due = this.deliveries.lockDue(channel.name(), now, this.properties.batchSize());
			if (!due.isEmpty()) {
				this.deliveries.lease(due, now.plus(this.properties.lease()));
			}
			return due;
		});
		if (batch == null) {
			return 0;
		}
		batch.forEach(this::deliver);
		return batch.size();
	}

	private void deliver(UUID id) {
		Delivery delivery = this.transaction.execute((status) -> this.deliveries.findById(id).orElse(null));
		if (delivery == null || delivery.status() != DeliveryStatus.PENDING) {
			return;
		}
		Instant started = this.clock.instant();
		long start = System.nanoTime();
		Attempt attempt = attempt(delivery);
		Duration took = Duration.ofNanos(System.nanoTime() - start);
		this.transaction.executeWithoutResult((status) -> {
			Delivery current = this.deliveries.findById(id).orElseThrow();
			if (current.status() != DeliveryStatus.PENDING) {
				return;
			}
			if (attempt.skipped() != null) {
				current.skip(attempt.skipped(), started.plus(took));
			}
			else {
				current.attempted(attempt.outcome(), started, took, this.policy,
						ThreadLocalRandom.current().nextDouble());
			}
			if (current.status() == DeliveryStatus.FAILED) {
				log.warn("{} delivery {} of {} failed after {} attempt(s): {}", current.channel(), id, current.kind(),
						current.attempts(), current.lastError());
			}
			this.meters
				.counter("notifications.deliveries", "channel", current.channel().name(), "result",
						(attempt.skipped() != null) ? "SKIPPED" : attempt.outcome().result().name())
				.increment();
		});
	}

	private Attempt attempt(Delivery delivery) {
		Map<String, @Nullable Object> variables;
		try {
			variables = this.accountLinks.reveal(delivery.kind(), delivery.recipientId(), delivery.variables());
		}
		catch (IllegalArgumentException ex) {
			return Attempt.of(SendOutcome.rejected("The account link cannot be opened: " + ex.getMessage()));
		}
		Optional<RenderedMessage> rendered;
		try {
			rendered = this.templates.render(delivery.kind(), delivery.channel(), variables);
		}
		catch (TemplateDoesNotRender ex) {
			return Attempt.of(SendOutcome.rejected(ex.getMessage()));
		}
		if (rendered.isEmpty()) {
			return Attempt.skip("No " + delivery.channel() + " template for " + delivery.kind() + " any more");
		}
		RenderedMessage message = rendered.get();
		try {
			return switch (delivery.channel()) {
				case EMAIL -> Attempt.of(this.email.send(address(delivery), String.valueOf(message.subject()),
						message.text(), message.html()));
				case SMS -> Attempt.of(this.sms.send(address(delivery), message.text()));
				case PUSH -> push(delivery, message);
				case IN_APP -> Attempt.skip("In-app notifications are not delivered through the queue");
			};
		}
		catch (RuntimeException ex) {
			// A provider adapter that failed in an unforeseen way: try again later rather
			// than lose the notification.
			log.warn("{} delivery {} failed unexpectedly", delivery.channel(), delivery.id(), ex);
			return Attempt.of(SendOutcome.retry("Unexpected failure: " + ex));
		}
	}

	/**
	 * To every device the person has now: sent if any took it, retried if none took it
	 * and some might later, failed if none can. Tokens the provider reports gone are
	 * forgotten.
	 */
	private Attempt push(Delivery delivery, RenderedMessage message) {
		List<String> tokens = this.devices.tokensOf(delivery.recipientId());
		if (tokens.isEmpty()) {
			return Attempt.skip("No devices registered for push");
		}
		Map<String, String> data = new java.util.LinkedHashMap<>();
		data.put("kind", delivery.kind().name());
		Object orderId = delivery.variables().get("orderId");
		if (orderId != null) {
			data.put("orderId", orderId.toString());
		}
		String sent = null;
		boolean retry = false;
		List<String> errors = new ArrayList<>();
		for (String token : tokens) {
			SendOutcome outcome = this.push.send(token, String.valueOf(message.subject()), message.text(), data);
			switch (outcome.result()) {
				case SENT -> sent = (sent != null) ? sent : outcome.providerId();
				case RETRY -> {
					retry = true;
					errors.add(String.valueOf(outcome.error()));
				}
				case GONE -> {
					this.devices.forget(token);
					errors.add(String.valueOf(outcome.error()));
				}
				case REJECTED -> errors.add(String.valueOf(outcome.error()));
			}
		}
		if (sent != null) {
			return Attempt.of(SendOutcome.sent((tokens.size() > 1) ? sent + " (+" + (tokens.size() - 1) + ")" : sent));
		}
		String why = String.join("; ", errors);
		return Attempt.of(retry ? SendOutcome.retry(why) : SendOutcome.rejected(why));
	}

	private static String address(Delivery delivery) {
		if (delivery.address() == null) {
			throw new IllegalStateException("Delivery " + delivery.id() + " has no address");
		}
		return delivery.address();
	}

	/** An attempt's outcome, or why there was nothing to attempt. */
	private record Attempt(@Nullable SendOutcome outcome, @Nullable String skipped) {

		static Attempt of(SendOutcome outcome) {
			return new Attempt(outcome, null);
		}

		static Attempt skip(String why) {
			return new Attempt(null, why);
		}

		@Override
		public SendOutcome outcome() {
			if (this.outcome == null) {
				throw new IllegalStateException("Skipped: " + this.skipped);
			}
			return this.outcome;
		}

	}

}
