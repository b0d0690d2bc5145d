package com.jainshikanji.notification.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

import com.jainshikanji.notification.channel.SendOutcome;
import com.jainshikanji.notification.kind.Channel;
import com.jainshikanji.notification.kind.NotificationKind;

/**
 * One notification on one channel to one person, from queueing to its last attempt. At
 * most one exists per event, recipient and channel (a unique key), whatever Kafka
 * redelivers. Each attempt is logged; a provider that cannot take it now gets it again
 * after a growing wait, until the policy's last attempt marks it failed; a refusal is
 * final at once.
 */
@Entity
@Table(name = "deliveries")
class Delivery {

	@Id
	private UUID id;

	private UUID sourceId;

	private UUID recipientId;

	@Enumerated(EnumType.STRING)
	private Channel channel;

	@Enumerated(EnumType.STRING)
	private NotificationKind kind;

	private @Nullable String address;

	@JdbcTypeCode(SqlTypes.JSON)
	private Map<String, @Nullable Object> variables;

	@Enumerated(EnumType.STRING)
	private DeliveryStatus status;

	private int attempts;

	/** Attempts made before an admin's last retry: each retry gets a full policy. */
	private int attemptsBeforeRetry;

	private Instant nextAttemptAt;

	private @Nullable String providerId;

	/** At most {@link DeliveryAttempt#ERROR_MAX} characters. */
	private @Nullable String lastError;

	/**
	 * The lease token of the worker that last took it; written only by the queries that
	 * take it ({@link Deliveries#lease}).
	 */
	@Column(insertable = false, updatable = false)
	private @Nullable UUID leasedBy;

	/**
	 * The W3C trace context it was queued in, which every attempt continues (see
	 * {@link DeliveryTraces}); written only by the queue.
	 */
	@Column(updatable = false)
	private @Nullable String traceparent;

	private Instant createdAt;

	private @Nullable Instant completedAt;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "delivery_id", nullable = false)
	@OrderBy("attempt")
	private List<DeliveryAttempt> attemptLog = new ArrayList<>();

	protected Delivery() {
	}

	/** A delivery as it is queued (tests; the queue inserts rows itself). */
	Delivery(UUID sourceId, UUID recipientId, Channel channel, NotificationKind kind, @Nullable String address,
			Map<String, @Nullable Object> variables, Instant now) {
		this.id = UUID.randomUUID();
		this.sourceId = sourceId;
		this.recipientId = recipientId;
		this.channel = channel;
		this.kind = kind;
		this.address = address;
		this.variables = variables;
		this.status = DeliveryStatus.PENDING;
		this.nextAttemptAt = now;
		this.createdAt = now;
	}

	/**
	 * Records an attempt and what follows from it.
	 * @param jitter between 0 and 1, spreading retries after an outage
	 * @throws IllegalStateException if the delivery is not waiting for an attempt
	 */
	void attempted(SendOutcome outcome, Instant startedAt, Duration took, RetryPolicy policy, double jitter) {
		if (this.status != DeliveryStatus.PENDING) {
			throw new IllegalStateException("Delivery " + this.id + " is " + this.status + ", not waiting to be sent");
		}
		this.attempts++;
		this.attemptLog.add(new DeliveryAttempt(this.attempts, startedAt, outcome, took.toMillis()));
		Instant now = startedAt.plus(took);
		switch (outcome.result()) {
			case SENT -> {
				this.status = DeliveryStatus.SENT;
				this.providerId = outcome.providerId();
				this.lastError = null;
				this.completedAt = now;
			}
			case REJECTED, GONE -> fail(outcome.error(), now);
			case RETRY -> {
				this.lastError = DeliveryAttempt.cut(outcome.error());
				if (this.attempts - this.attemptsBeforeRetry >= policy.maxAttempts()) {
					fail(outcome.error(), now);
				}
				else {
					this.nextAttemptAt = now
						.plus(policy.backoffAfter(this.attempts - this.attemptsBeforeRetry, jitter));
				}
			}
		}
	}

	/** Nothing to send to any more; not an attempt. */
	void skip(String why, Instant now) {
		if (this.status != DeliveryStatus.PENDING) {
			throw new IllegalStateException("Delivery " + this.id + " is " + this.status + ", not waiting to be sent");
		}
		this.status = DeliveryStatus.SKIPPED;
		this.lastError = DeliveryAttempt.cut(why);
		this.completedAt = now;
	}

	/**
	 * An admin sends a failed delivery again, with a full set of attempts, in the trace
	 * it was queued in.
	 * @throws DeliveryNotRetryable unless it failed
	 */
	void retry(Instant now) {
		if (this.status != DeliveryStatus.FAILED) {
			throw new DeliveryNotRetryable(this.id, this.status);
		}
		this.status = DeliveryStatus.PENDING;
		this.attemptsBeforeRetry = this.attempts;
		this.nextAttemptAt = now;
		this.completedAt = null;
	}

	private void fail(@Nullable String error, Instant now) {
		this.status = DeliveryStatus.FAILED;
		this.lastError = DeliveryAttempt.cut(error);
		this.completedAt = now;
	}

	UUID id() {
		return this.id;
	}

	UUID sourceId() {
		return this.sourceId;
	}

	UUID recipientId() {
		return this.recipientId;
	}

	Channel channel() {
		return this.channel;
	}

	NotificationKind kind() {
		return this.kind;
	}

	@Nullable String address() {
		return this.address;
	}

	Map<String, @Nullable Object> variables() {
		return this.variables;
	}

	DeliveryStatus status() {
		return this.status;
	}

	int attempts() {
		return this.attempts;
	}

	Instant nextAttemptAt() {
		return this.nextAttemptAt;
	}

	@Nullable String lastError() {
		return this.lastError;
	}

	@Nullable String traceparent() {
		return this.traceparent;
	}

	/** Whether the worker that took it under this lease token still holds it. */
	boolean heldUnder(UUID lease) {
		return this.status == DeliveryStatus.PENDING && lease.equals(this.leasedBy);
	}

	DeliveryResponse toResponse() {
		return new DeliveryResponse(this.id, this.sourceId, this.recipientId, this.channel, this.kind,
				(this.channel == Channel.PUSH) ? null : this.address, this.status, this.attempts,
				(this.status == DeliveryStatus.PENDING) ? this.nextAttemptAt : null, this.providerId, this.lastError,
				this.createdAt, this.completedAt, traceId(),
				this.attemptLog.stream().map(DeliveryAttempt::toResponse).toList());
	}

	/**
	 * The trace id of the stored W3C {@code traceparent}
	 * ({@code 00-<trace id>-<span id>-<flags>}).
	 */
	private @Nullable String traceId() {
		return (this.traceparent != null && this.traceparent.length() >= 35) ? this.traceparent.substring(3, 35) : null;
	}

}
