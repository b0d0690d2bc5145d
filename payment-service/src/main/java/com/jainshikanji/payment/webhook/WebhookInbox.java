package com.jainshikanji.payment.webhook;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The webhooks as received, one row per provider event id: stored before anything is done
 * with them, so none is lost, and inserted only once, so a redelivery is recognised
 * whatever else is going on.
 */
@Component
class WebhookInbox {

	private static final int ERROR_LENGTH = 500;

	/** What {@link #summary} reads, to be followed by a WHERE clause. */
	private static final String SUMMARIES = """
			SELECT event_id, event_type, status, attempts, last_error, received_at, processed_at
			FROM provider_webhooks
			""";

	/** How long a webhook just stored is left to the request that stored it. */
	static final Duration HANDOVER = Duration.ofMinutes(1);

	private final JdbcClient jdbc;

	WebhookInbox(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores a webhook unless one with its event id was stored before. The request that
	 * stored it processes it next; the retries take it only if it is still there a
	 * {@link #HANDOVER} later (that request died first). Due at once, a retry could claim
	 * it before that request does, which would then answer Razorpay before the webhook
	 * had taken effect.
	 * @return whether this call stored it (false for a redelivery)
	 */
	boolean store(String eventId, String eventType, String facts, Instant now) {
		return this.jdbc.sql("""
				INSERT INTO provider_webhooks (event_id, event_type, facts, status, next_attempt_at, received_at)
				VALUES (:eventId, :eventType, CAST(:facts AS JSONB), 'RECEIVED', :due, :now)
				ON CONFLICT (event_id) DO NOTHING
				""")
			.param("eventId", eventId)
			.param("eventType", eventType)
			.param("facts", facts)
			.param("due", Timestamp.from(now.plus(HANDOVER)))
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	/**
	 * Locks a webhook still to be processed, skipping it if someone else is processing it
	 * (the caller's transaction holds the lock).
	 */
	Optional<Stored> claim(String eventId) {
		return this.jdbc.sql("""
				SELECT event_id, facts::text AS facts, attempts FROM provider_webhooks
				WHERE event_id = :eventId AND status IN ('RECEIVED', 'RETRYING')
				FOR UPDATE SKIP LOCKED
				""")
			.param("eventId", eventId)
			.query((rs, row) -> new Stored(rs.getString("event_id"), rs.getString("facts"), rs.getInt("attempts")))
			.optional();
	}

	/** Marks a webhook done: PROCESSED, IGNORED, or PARKED for an operator. */
	void finish(String eventId, String status, @Nullable String error, Instant now) {
		this.jdbc.sql("""
				UPDATE provider_webhooks
				SET status = :status, processed_at = :now, next_attempt_at = NULL, last_error = :error,
				    attempts = attempts + 1
				WHERE event_id = :eventId
				""")
			.param("status", status)
			.param("now", Timestamp.from(now))
			.param("error", cut(error))
			.param("eventId", eventId)
			.update();
	}

	/** Counts a failed attempt and says when to try again. */
	void retryLater(String eventId, Instant next, String error) {
		this.jdbc.sql("""
				UPDATE provider_webhooks
				SET status = 'RETRYING', attempts = attempts + 1, next_attempt_at = :next, last_error = :error
				WHERE event_id = :eventId
				""").param("next", Timestamp.from(next)).param("error", cut(error)).param("eventId", eventId).update();
	}

	/** The attempts made so far. */
	int attempts(String eventId) {
		return this.jdbc.sql("SELECT attempts FROM provider_webhooks WHERE event_id = :eventId")
			.param("eventId", eventId)
			.query(Integer.class)
			.optional()
			.orElse(0);
	}

	/** Webhooks due for another attempt, oldest first. */
	List<String> due(Instant now, int limit) {
		return this.jdbc.sql("""
				SELECT event_id FROM provider_webhooks
				WHERE status IN ('RECEIVED', 'RETRYING') AND next_attempt_at <= :now
				ORDER BY next_attempt_at LIMIT :limit
				""").param("now", Timestamp.from(now)).param("limit", limit).query(String.class).list();
	}

	/** Parked webhooks, the most recently parked first. */
	List<Summary> parked(int page, int size) {
		return this.jdbc.sql(SUMMARIES + """
				WHERE status = 'PARKED' ORDER BY processed_at DESC, event_id LIMIT :size OFFSET :offset
				""").param("size", size).param("offset", (long) page * size).query(WebhookInbox::summary).list();
	}

	long countParked() {
		return this.jdbc.sql("SELECT count(*) FROM provider_webhooks WHERE status = 'PARKED'")
			.query(Long.class)
			.single();
	}

	Optional<Summary> find(String eventId) {
		return this.jdbc.sql(SUMMARIES + "WHERE event_id = :eventId")
			.param("eventId", eventId)
			.query(WebhookInbox::summary)
			.optional();
	}

	/** The webhook, locked until the caller's transaction ends. */
	Optional<Summary> lock(String eventId) {
		return this.jdbc.sql(SUMMARIES + "WHERE event_id = :eventId FOR UPDATE")
			.param("eventId", eventId)
			.query(WebhookInbox::summary)
			.optional();
	}

	/**
	 * Puts a parked webhook back in line, due now, with all its attempts again; its last
	 * error stays until the next attempt.
	 */
	void requeue(String eventId, Instant now) {
		this.jdbc.sql("""
				UPDATE provider_webhooks
				SET status = 'RETRYING', attempts = 0, next_attempt_at = :now, processed_at = NULL
				WHERE event_id = :eventId
				""").param("now", Timestamp.from(now)).param("eventId", eventId).update();
	}

	/** Gives a parked webhook up for good; it stays in the table. */
	void discard(String eventId, Instant now) {
		this.jdbc.sql("""
				UPDATE provider_webhooks SET status = 'DISCARDED', processed_at = :now WHERE event_id = :eventId
				""").param("now", Timestamp.from(now)).param("eventId", eventId).update();
	}

	private static Summary summary(ResultSet rs, int row) throws SQLException {
		Timestamp processed = rs.getTimestamp("processed_at");
		return new Summary(rs.getString("event_id"), rs.getString("event_type"), rs.getString("status"),
				rs.getInt("attempts"), rs.getString("last_error"), rs.getTimestamp("received_at").toInstant(),
				(processed != null) ? processed.toInstant() : null);
	}

	private static @Nullable String cut(@Nullable String error) {
		return (error != null && error.length() > ERROR_LENGTH) ? error.substring(0, ERROR_LENGTH) : error;
	}

	/**
	 * What an operator sees of a webhook (never its facts' details).
	 *
	 * @param processedAt when it was processed, ignored, parked or discarded
	 */
	record Summary(String eventId, String eventType, String status, int attempts, @Nullable String lastError,
			Instant receivedAt, @Nullable Instant processedAt) {
	}

	/**
	 * @param attempts attempts before this one
	 */
	record Stored(String eventId, String facts, int attempts) {
	}

}
