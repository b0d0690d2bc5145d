package com.jainshikanji.common.messaging.outbox;

import java.time.Instant;
import java.util.UUID;

/**
 * An event in the outbox as operators see it, and the transitions they may make on a
 * parked one: retry (the relay sends it again, first among its key's events) or discard
 * (it is never sent; the events held behind it go out).
 *
 * @param id the outbox row id
 * @param eventId the event's id, as consumers see it
 * @param eventType the event name
 * @param topic where it goes
 * @param messageKey its key, the aggregate id
 * @param createdAt when it was stored
 * @param attempts failed delivery attempts, outages included
 * @param lastError the last failure
 * @param parkedAt when the relay gave up on it
 * @param publishedAt when Kafka acknowledged it
 * @param discardedAt when an operator discarded it
 * @param envelopeBytes size of the stored envelope
 * @param heldBehind later events with the same key waiting for this one
 */
record OutboxEvent(long id, UUID eventId, String eventType, String topic, String messageKey, Instant createdAt,
		int attempts, String lastError, Instant parkedAt, Instant publishedAt, Instant discardedAt, int envelopeBytes,
		int heldBehind) {

	enum Status {

		PENDING, PARKED, PUBLISHED, DISCARDED

	}

	Status status() {
		if (this.publishedAt != null) {
			return Status.PUBLISHED;
		}
		if (this.discardedAt != null) {
			return Status.DISCARDED;
		}
		return (this.parkedAt != null) ? Status.PARKED : Status.PENDING;
	}

	/** Puts a parked event back in line. */
	OutboxEvent retried() {
		requireParked("retried");
		return new OutboxEvent(this.id, this.eventId, this.eventType, this.topic, this.messageKey, this.createdAt,
				this.attempts, this.lastError, null, null, null, this.envelopeBytes, this.heldBehind);
	}

	/** Gives a parked event up for good. */
	OutboxEvent discarded(Instant now) {
		requireParked("discarded");
		return new OutboxEvent(this.id, this.eventId, this.eventType, this.topic, this.messageKey, this.createdAt,
				this.attempts, this.lastError, this.parkedAt, null, now, this.envelopeBytes, 0);
	}

	private void requireParked(String action) {
		if (status() != Status.PARKED) {
			throw new OutboxEventNotParked(this.id, status(), action);
		}
	}

}
