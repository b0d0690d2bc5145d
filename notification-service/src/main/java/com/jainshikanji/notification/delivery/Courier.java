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
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
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
import com.jainshikanji.notification.kind.Category;
import com.jainshikanji.notification.kind.Channel;
import com.jainshikanji.notification.preference.NotificationPreferences;
import com.jainshikanji.notification.template.RenderedMessage;
import com.jainshikanji.notification.template.TemplateCatalog;
import com.jainshikanji.notification.template.TemplateDoesNotRender;

/**
 * Sends due deliveries of a channel: takes a batch in one short transaction (locked with
 * SKIP LOCKED, then leased under a token of this batch), renders and sends each with no
 * transaction or connection held while the provider answers, and records each attempt in
 * another short transaction.
 *
 * <p>
 * Several instances share the queue, and a batch may outlast its lease. So each delivery
 * is claimed again, for a full lease, just before it is sent, which succeeds only while
 * no other worker took it since; and its outcome is recorded only while it is still held
 * under the same token. Each message thus goes at most once per person and channel,
 * unless a single send outlasts the whole lease, or its outcome cannot be recorded: then
 * it goes again when the lease ends, keyed by the delivery's id, so an email keeps its
 * Message-ID and a push is shown in place of the first (the SMS API has no such key: a
 * text may arrive twice). What the person wants is looked at again at send time: a
 * delivery whose template was disabled, or whose category and channel the person turned
 * off, since it was queued is skipped.
 *
 * <p>
 * Each attempt is sent and recorded in the trace the delivery was queued in
 * ({@link DeliveryTraces}): its log lines and the provider's request carry the trace id
 * of the event or request that caused it.
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

	private final NotificationPreferences preferences;

	private final DeliveryTraces traces;

	private final DeliveryProperties properties;

	private final RetryPolicy policy;

	private final MeterRegistry meters;

	private final Clock clock;

	Courier(Deliveries deliveries, PlatformTransactionManager transactionManager, TemplateCatalog templates,
			AccountLinks accountLinks, EmailSender email, SmsProvider sms, PushProvider push, DeviceRegistry devices,
			NotificationPreferences preferences, DeliveryTraces traces, DeliveryProperties properties,
			MeterRegistry meters, Clock clock) {
		this.deliveries = deliveries;
		this.transaction = new TransactionTemplate(transactionManager);
		this.templates = templates;
		this.accountLinks = accountLinks;
		this.email = email;
		this.sms = sms;
		this.push = push;
		this.devices = devices;
		this.preferences = preferences;
		this.traces = traces;
		this.properties = properties;
		this.policy = properties.retryPolicy();
		this.meters = meters;
		this.clock = clock;
	}

	/**
	 * Sends the channel's due deliveries, a batch at most. A delivery that cannot be
	 * recorded does not hold up the rest: it comes back when its lease runs out.
	 * @return how many were taken
	 */
	int deliverDue(Channel channel) {
		UUID lease = UUID.randomUUID();
		List<UUID> batch = this.transaction.execute((status) -> {
			Instant now = this.clock.instant();
			List<UUID> due = this.deliveries.lockDue(channel.name(), now, this.properties.batchSize());
			if (!due.isEmpty()) {
				this.deliveries.lease(due, now.plus(this.properties.lease()), lease);
			}
			return due;
		});
		if (batch == null) {
			return 0;
		}
		for (UUID id : batch) {
			if (Thread.currentThread().isInterrupted()) {
				break;
			}
			try {
				deliver(id, lease);
			}
			catch (RuntimeException ex) {
				// Taking it failed: a failed attempt is logged in its own trace.
				log.error("{} delivery {} could not be taken; it is tried again when its lease ends", channel, id, ex);
			}
		}
		return batch.size();
	}

	/**
	 * Sends one delivery taken under the lease and records the outcome, as long as no
	 * other worker has taken it since, in the trace the delivery was queued in. A failure
	 * to send or record it is logged there; the delivery comes back when its lease ends.
	 */
	void deliver(UUID id, UUID lease) {
		Delivery delivery = this.transaction.execute((status) -> {
			Instant until = this.clock.instant().plus(this.properties.lease());
			return (this.deliveries.claim(id, lease, until) == 1) ? this.deliveries.findById(id).orElse(null) : null;
		});
		if (delivery == null) {
			return;
		}
		Span span = this.traces.attempt(delivery);
		try (Tracer.SpanInScope scope = this.traces.inScope(span)) {
			try {
				span.tag("outcome", sendAndRecord(delivery, lease));
			}
			catch (RuntimeException ex) {
				span.error(ex);
				log.error("{} delivery {} could not be sent or recorded; it is tried again when its lease ends",
						delivery.channel(), id, ex);
			}
		}
		finally {
			span.end();
		}
	}

	/**
	 * @return what became of the attempt: its result, {@code SKIPPED}, or
	 * {@code NOT_RECORDED} when another worker took the delivery meanwhile
	 */
	private String sendAndRecord(Delivery delivery, UUID lease) {
		UUID id = delivery.id();
		Instant started = this.clock.instant();
		long start = System.nanoTime();
		Attempt attempt = attempt(delivery);
		Duration took = Duration.ofNanos(System.nanoTime() - start);
		String outcome = this.transaction.execute((status) -> {
			Delivery current = this.deliveries.lockById(id).orElse(null);
			if (current == null || !current.heldUnder(lease)) {
				log.warn("{} delivery {} was taken by another worker while it was sent; its outcome is not recorded",
						delivery.channel(), id);
				return "NOT_RECORDED";
			}
			if (attempt.skipped() != null) {
				current.skip(attempt.skipped(), started.plus(took));
			}
			else {
				current.attempted(attempt.outcome(), started, took, this.policy,
						ThreadLocalRandom.current().nextDouble());
			}
			String result = (attempt.skipped() != null) ? "SKIPPED" : attempt.outcome().result().name();
			if (current.status() == DeliveryStatus.FAILED) {
				log.warn("{} delivery {} of {} failed after {} attempt(s): {}", current.channel(), id, current.kind(),
						current.attempts(), current.lastError());
			}
			else {
				log.info("{} delivery {} of {}: {} (attempts: {})", current.channel(), id, current.kind(), result,
						current.attempts());
			}
			this.meters.counter("notifications.deliveries", "channel", current.channel().name(), "result", result)
				.increment();
			return result;
		});
		return String.valueOf(outcome);
	}

	private Attempt attempt(Delivery delivery) {
		Category category = delivery.kind().category();
		if (!this.preferences.channelsFor(delivery.recipientId(), category).contains(delivery.channel())) {
			return Attempt.skip("The recipient turned off " + category + " by " + delivery.channel());
		}
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
			return Attempt
				.skip("The " + delivery.channel() + " template of " + delivery.kind() + " is disabled or gone");
		}
		RenderedMessage message = rendered.get();
		try {
			return switch (delivery.channel()) {
				case EMAIL -> Attempt.of(this.email.send(address(delivery), String.valueOf(message.subject()),
						message.text(), message.html(), delivery.id().toString()));
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
			SendOutcome outcome = this.push.send(token, String.valueOf(message.subject()), message.text(), data,
					delivery.id().toString());
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
