package com.jainshikanji.common.messaging.outbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The events the relay parked (see {@link OutboxRelay}), for operators: list them, put
 * one back in line, or discard it so the events held behind it go out.
 */
public class ParkedEvents {

	private static final String SELECT = """
			SELECT e.id, e.event_id, e.event_type, e.topic, e.message_key, e.created_at, e.attempts, e.last_error,
			       e.parked_at, e.published_at, e.discarded_at, octet_length(e.envelope) AS envelope_bytes,
			       (SELECT count(*) FROM messaging.event_outbox h
			        WHERE h.message_key = e.message_key AND h.id > e.id
			          AND h.published_at IS NULL AND h.discarded_at IS NULL) AS held_behind
			FROM messaging.event_outbox e
			""";

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final Runnable wakeUpRelay;

	public ParkedEvents(JdbcClient jdbc, TransactionTemplate transaction, Clock clock, Runnable wakeUpRelay) {
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.clock = clock;
		this.wakeUpRelay = wakeUpRelay;
	}

	/** Parked events, the most recently parked first. */
	Page list(int page, int size) {
		List<OutboxEvent> events = this.jdbc.sql(SELECT + """
				WHERE e.parked_at IS NOT NULL AND e.published_at IS NULL AND e.discarded_at IS NULL
				ORDER BY e.parked_at DESC, e.id DESC
				LIMIT :size OFFSET :offset
				""").param("size", size).param("offset", (long) page * size).query(ParkedEvents::map).list();
		long total = this.jdbc.sql("""
				SELECT count(*) FROM messaging.event_outbox
				WHERE parked_at IS NOT NULL AND published_at IS NULL AND discarded_at IS NULL
				""").query(Long.class).single();
		return new Page(events, page, size, total);
	}

	OutboxEvent retry(long id) {
		OutboxEvent retried = this.transaction.execute((status) -> {
			OutboxEvent event = lock(id).retried();
			this.jdbc.sql("UPDATE messaging.event_outbox SET parked_at = NULL, strikes = 0 WHERE id = :id")
				.param("id", id)
				.update();
			return event;
		});
		this.wakeUpRelay.run();
		return retried;
	}

	OutboxEvent discard(long id) {
		OutboxEvent discarded = this.transaction.execute((status) -> {
			OutboxEvent event = lock(id).discarded(this.clock.instant());
			this.jdbc.sql("UPDATE messaging.event_outbox SET discarded_at = :now WHERE id = :id")
				.param("now", Timestamp.from(event.discardedAt()))
				.param("id", id)
				.update();
			return event;
		});
		// The events held behind it may go now.
		this.wakeUpRelay.run();
		return discarded;
	}

	private OutboxEvent lock(long id) {
		// Locks the row against the relay recording an attempt at the same moment.
		Optional<OutboxEvent> event = this.jdbc.sql(SELECT + "WHERE e.id = :id FOR UPDATE OF e")
			.param("id", id)
			.query(ParkedEvents::map)
			.optional();
		return event.orElseThrow(() -> new OutboxEventNotFound(id));
	}

	private static OutboxEvent map(ResultSet rs, int row) throws SQLException {
		return new OutboxEvent(rs.getLong("id"), rs.getObject("event_id", UUID.class), rs.getString("event_type"),
				rs.getString("topic"), rs.getString("message_key"), instant(rs, "created_at"), rs.getInt("attempts"),
				rs.getString("last_error"), instant(rs, "parked_at"), instant(rs, "published_at"),
				instant(rs, "discarded_at"), rs.getInt("envelope_bytes"), rs.getInt("held_behind"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	/** One page of parked events. */
	record Page(List<OutboxEvent> items, int page, int size, long totalItems) {

	}

}
