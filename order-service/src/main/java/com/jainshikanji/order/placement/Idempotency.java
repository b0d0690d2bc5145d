package com.jainshikanji.order.placement;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Idempotency-Keys of order placement, per customer, kept for
 * {@link IdempotencyProperties#retention()}. A key is claimed by one attempt at a time:
 *
 * <ul>
 * <li>the first request claims it and gets the order id to place (and reserve stock)
 * under;</li>
 * <li>a request with the same key while that attempt runs is refused (409), one with a
 * different body always (422);</li>
 * <li>once the attempt succeeds, or is refused for a reason the client must fix (a 4xx),
 * the key holds that answer and every retry gets it again;</li>
 * <li>when the attempt fails on our side (a service down), or its instance died
 * ({@link IdempotencyProperties#inProgressTimeout()}), the key is free again, for the
 * same order id when its stock may still be held under it (so the retry finds the same
 * reservation instead of holding the stock twice), or a new one when the stock was given
 * back.</li>
 * </ul>
 *
 * Claiming commits at once, in its own transaction, so concurrent requests see each
 * other's claims; completing happens in the transaction that stores the order, so the key
 * holds an answer exactly when the order exists.
 */
@Component
class Idempotency {

	private static final String COMPLETED = "completed";

	private final JdbcClient jdbc;

	private final IdempotencyProperties properties;

	private final Clock clock;

	Idempotency(JdbcClient jdbc, IdempotencyProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Claims the key for this request, or answers with what it already holds.
	 * @throws IdempotencyKeyReused when the key was used with another body
	 * @throws IdempotencyKeyInUse while another attempt with the key runs
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	Claim claim(UUID customerId, String key, String requestHash) {
		Instant now = this.clock.instant();
		UUID attemptId = UUID.randomUUID();
		UUID orderId = UUID.randomUUID();
		int inserted = this.jdbc.sql("""
				INSERT INTO idempotency_keys (customer_id, idempotency_key, request_hash, order_id, attempt_id, state,
				    locked_until, created_at, updated_at)
				VALUES (:customerId, :key, :hash, :orderId, :attemptId, 'in_progress', :lockedUntil, :now, :now)
				ON CONFLICT DO NOTHING
				""")
			.param("customerId", customerId)
			.param("key", key)
			.param("hash", requestHash)
			.param("orderId", orderId)
			.param("attemptId", attemptId)
			.param("lockedUntil", timestamp(now.plus(this.properties.inProgressTimeout())))
			.param("now", timestamp(now))
			.update();
		if (inserted == 1) {
			return new Claim.Granted(customerId, key, orderId, attemptId);
		}
		KeyRow row = lock(customerId, key);
		if (row.createdAt().isBefore(now.minus(this.properties.retention()))) {
			// Forgotten already, only not deleted yet: a new request like any other.
			restart(customerId, key, requestHash, orderId, attemptId, now);
			return new Claim.Granted(customerId, key, orderId, attemptId);
		}
		if (!row.requestHash().equals(requestHash)) {
			throw new IdempotencyKeyReused(key);
		}
		if (COMPLETED.equals(row.state())) {
			return new Claim.Replay(new StoredResponse(row.orderId(), row.responseStatus(), row.responseBody(), true));
		}
		if (row.lockedUntil().isAfter(now)) {
			throw new IdempotencyKeyInUse(key);
		}
		this.jdbc.sql("""
				UPDATE idempotency_keys SET attempt_id = :attemptId, locked_until = :lockedUntil, updated_at = :now
				WHERE customer_id = :customerId AND idempotency_key = :key
				""")
			.param("attemptId", attemptId)
			.param("lockedUntil", timestamp(now.plus(this.properties.inProgressTimeout())))
			.param("now", timestamp(now))
			.param("customerId", customerId)
			.param("key", key)
			.update();
		return new Claim.Granted(customerId, key, row.orderId(), attemptId);
	}

	/**
	 * Stores the answer of a successful placement, in the transaction that stores the
	 * order.
	 * @throws IdempotencyKeyInUse when this attempt no longer holds the key (it ran past
	 * its timeout and a retry took over); the order is then rolled back
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	void complete(Claim.Granted claim, int status, String body) {
		store(claim, status, body);
	}

	/**
	 * Stores a refusal (4xx) as the key's answer: the same request would be refused
	 * again.
	 * @return whether this attempt still held the key
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	boolean completeWithRefusal(Claim.Granted claim, int status, String body) {
		try {
			store(claim, status, body);
			return true;
		}
		catch (IdempotencyKeyInUse lost) {
			return false;
		}
	}

	/**
	 * Frees the key after a failure on our side, for a retry. The order id stays: this
	 * attempt may know it holds no stock under it, but an attempt it took the key over
	 * from may still be reserving; a retry under the same id finds that reservation, or
	 * is told it lapsed and renews the id ({@link #renew}).
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void release(Claim.Granted claim) {
		Instant now = this.clock.instant();
		this.jdbc.sql("""
				UPDATE idempotency_keys SET locked_until = :now, updated_at = :now
				WHERE customer_id = :customerId AND idempotency_key = :key AND attempt_id = :attemptId
				    AND state = 'in_progress'
				""")
			.param("now", timestamp(now))
			.param("customerId", claim.customerId())
			.param("key", claim.key())
			.param("attemptId", claim.attemptId())
			.update();
	}

	/**
	 * Gives the claim a new order id, when the stock reserved under the old one is gone
	 * (its reservation was released or expired).
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	Claim.Granted renew(Claim.Granted claim) {
		UUID orderId = UUID.randomUUID();
		int updated = this.jdbc.sql("""
				UPDATE idempotency_keys SET order_id = :orderId, updated_at = :now
				WHERE customer_id = :customerId AND idempotency_key = :key AND attempt_id = :attemptId
				    AND state = 'in_progress'
				""")
			.param("orderId", orderId)
			.param("now", timestamp(this.clock.instant()))
			.param("customerId", claim.customerId())
			.param("key", claim.key())
			.param("attemptId", claim.attemptId())
			.update();
		if (updated == 0) {
			throw new IdempotencyKeyInUse(claim.key());
		}
		return new Claim.Granted(claim.customerId(), claim.key(), orderId, claim.attemptId());
	}

	/**
	 * Forgets keys past their retention.
	 * @return how many
	 */
	@Transactional
	int forgetExpired() {
		return this.jdbc.sql("DELETE FROM idempotency_keys WHERE created_at < :cutoff")
			.param("cutoff", timestamp(this.clock.instant().minus(this.properties.retention())))
			.update();
	}

	private void store(Claim.Granted claim, int status, String body) {
		int updated = this.jdbc.sql("""
				UPDATE idempotency_keys SET state = 'completed', response_status = :status, response_body = :body,
				    order_id = :orderId, updated_at = :now
				WHERE customer_id = :customerId AND idempotency_key = :key AND attempt_id = :attemptId
				    AND state = 'in_progress'
				""")
			.param("status", status)
			.param("body", body)
			.param("orderId", claim.orderId())
			.param("now", timestamp(this.clock.instant()))
			.param("customerId", claim.customerId())
			.param("key", claim.key())
			.param("attemptId", claim.attemptId())
			.update();
		if (updated == 0) {
			throw new IdempotencyKeyInUse(claim.key());
		}
	}

	private void restart(UUID customerId, String key, String requestHash, UUID orderId, UUID attemptId, Instant now) {
		this.jdbc.sql("""
				UPDATE idempotency_keys SET request_hash = :hash, order_id = :orderId, attempt_id = :attemptId,
				    state = 'in_progress', locked_until = :lockedUntil, response_status = NULL, response_body = NULL,
				    created_at = :now, updated_at = :now
				WHERE customer_id = :customerId AND idempotency_key = :key
				""")
			.param("hash", requestHash)
			.param("orderId", orderId)
			.param("attemptId", attemptId)
			.param("lockedUntil", timestamp(now.plus(this.properties.inProgressTimeout())))
			.param("now", timestamp(now))
			.param("customerId", customerId)
			.param("key", key)
			.update();
	}

	private KeyRow lock(UUID customerId, String key) {
		Optional<KeyRow> row = this.jdbc.sql("""
				SELECT request_hash, order_id, state, locked_until, response_status, response_body, created_at
				FROM idempotency_keys WHERE customer_id = :customerId AND idempotency_key = :key FOR UPDATE
				""")
			.param("customerId", customerId)
			.param("key", key)
			.query((rs, n) -> new KeyRow(rs.getString("request_hash"), rs.getObject("order_id", UUID.class),
					rs.getString("state"), rs.getTimestamp("locked_until").toInstant(), rs.getInt("response_status"),
					rs.getString("response_body"), rs.getTimestamp("created_at").toInstant()))
			.optional();
		// The row existed a moment ago; only the cleanup job deletes rows, and only old
		// ones.
		return row.orElseThrow(() -> new IdempotencyKeyInUse(key));
	}

	private static Timestamp timestamp(Instant instant) {
		return Timestamp.from(instant);
	}

	private record KeyRow(String requestHash, UUID orderId, String state, Instant lockedUntil, int responseStatus,
			String responseBody, Instant createdAt) {
	}

	/** What claiming a key gives. */
	sealed interface Claim {

		/**
		 * The key is this attempt's: place the order under {@code orderId}.
		 *
		 * @param attemptId which attempt holds it
		 */
		record Granted(UUID customerId, String key, UUID orderId, UUID attemptId) implements Claim {
		}

		/** The key holds an answer already. */
		record Replay(StoredResponse response) implements Claim {
		}

	}

}
