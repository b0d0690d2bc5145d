package com.jainshikanji.notification.delivery;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import com.jainshikanji.notification.channel.SendOutcome;

/** One attempt at a delivery, as the delivery log shows it. */
@Entity
@Table(name = "delivery_attempts")
class DeliveryAttempt {

	/** The longest error kept, in a delivery's log and as its last error. */
	static final int ERROR_MAX = 1000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private int attempt;

	private Instant attemptedAt;

	@Enumerated(EnumType.STRING)
	private SendOutcome.Result result;

	private @Nullable String providerId;

	private @Nullable String error;

	private long durationMs;

	protected DeliveryAttempt() {
	}

	DeliveryAttempt(int attempt, Instant attemptedAt, SendOutcome outcome, long durationMs) {
		this.attempt = attempt;
		this.attemptedAt = attemptedAt;
		this.result = outcome.result();
		this.providerId = outcome.providerId();
		this.error = cut(outcome.error());
		this.durationMs = durationMs;
	}

	/**
	 * The error as it is stored: at most {@link #ERROR_MAX} characters, like the columns
	 * that keep it.
	 */
	static @Nullable String cut(@Nullable String error) {
		return (error != null && error.length() > ERROR_MAX) ? error.substring(0, ERROR_MAX) : error;
	}

	DeliveryResponse.Attempt toResponse() {
		return new DeliveryResponse.Attempt(this.attempt, this.attemptedAt, this.result, this.providerId, this.error,
				this.durationMs);
	}

}
