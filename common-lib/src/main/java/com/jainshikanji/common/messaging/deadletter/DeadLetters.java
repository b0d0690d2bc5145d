package com.jainshikanji.common.messaging.deadletter;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The service's dead letters, in its own database (table {@code messaging.dead_letter}):
 * stored by {@link DeadLetterRecorder}, inspected, replayed and discarded by operators.
 */
public class DeadLetters {

	private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

	private static final TypeReference<List<DeadLetter.Header>> HEADERS = new TypeReference<>() {
	};

	private static final String SELECT = """
			SELECT id, topic, dead_letter_topic, source_topic, source_partition, source_offset, message_key, value,
			       headers, exception_class, exception_message, event_id, event_type, received_at, status,
			       replayed_at, discarded_at
			FROM messaging.dead_letter
			""";

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final KafkaOperations<String, String> kafka;

	private final JsonMapper json;

	private final Clock clock;

	private final Duration sendTimeout;

	public DeadLetters(JdbcClient jdbc, TransactionTemplate transaction, KafkaOperations<String, String> kafka,
			JsonMapper json, Clock clock, Duration sendTimeout) {
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.kafka = kafka;
		this.json = json;
		this.clock = clock;
		this.sendTimeout = sendTimeout;
	}

	/**
	 * Stores a dead letter unless it was stored before (a redelivered dead-letter record
	 * names the same source record).
	 * @return whether it was new
	 */
	boolean store(DeadLetter letter) {
		Integer inserted = this.transaction.execute((status) -> this.jdbc.sql("""
				INSERT INTO messaging.dead_letter (topic, dead_letter_topic, source_topic, source_partition,
				    source_offset, message_key, value, headers, exception_class, exception_message, event_id,
				    event_type, received_at)
				VALUES (:topic, :deadLetterTopic, :sourceTopic, :sourcePartition, :sourceOffset, :key, :value,
				    :headers, :exceptionClass, :exceptionMessage, :eventId, :eventType, :receivedAt)
				ON CONFLICT (source_topic, source_partition, source_offset) DO NOTHING
				""")
			.param("topic", letter.topic())
			.param("deadLetterTopic", letter.deadLetterTopic())
			.param("sourceTopic", letter.sourceTopic())
			.param("sourcePartition", letter.sourcePartition())
			.param("sourceOffset", letter.sourceOffset())
			.param("key", letter.key())
			.param("value", letter.value())
			.param("headers", this.json.writeValueAsString(letter.headers()))
			.param("exceptionClass", abbreviate(letter.exceptionClass(), 500))
			.param("exceptionMessage", letter.exceptionMessage())
			.param("eventId", letter.eventId())
			.param("eventType", abbreviate(letter.eventType(), 100))
			.param("receivedAt", Timestamp.from(letter.receivedAt()))
			.update());
		return inserted != null && inserted == 1;
	}

	/** Dead letters, newest first, optionally only those in one status. */
	Page list(DeadLetterStatus status, int page, int size) {
		String filter = (status != null) ? "WHERE status = :status " : "";
		List<DeadLetter> letters = this.jdbc.sql(SELECT + filter + "ORDER BY id DESC LIMIT :size OFFSET :offset")
			.param("status", (status != null) ? status.name() : null)
			.param("size", size)
			.param("offset", (long) page * size)
			.query(this::map)
			.list();
		long total = this.jdbc.sql("SELECT count(*) FROM messaging.dead_letter " + filter)
			.param("status", (status != null) ? status.name() : null)
			.query(Long.class)
			.single();
		return new Page(letters, page, size, total);
	}

	DeadLetter get(long id) {
		return this.jdbc.sql(SELECT + "WHERE id = :id")
			.param("id", id)
			.query(this::map)
			.optional()
			.orElseThrow(() -> new DeadLetterNotFound(id));
	}

	/**
	 * Publishes the record again to its original topic and marks it replayed. The claim
	 * commits before Kafka is asked, so two operators cannot both replay it; if Kafka
	 * does not take it, the claim is undone.
	 */
	DeadLetter replay(long id) {
		DeadLetter replayed = this.transaction.execute((status) -> {
			DeadLetter letter = lock(id).replayed(this.clock.instant());
			this.jdbc.sql("UPDATE messaging.dead_letter SET status = 'REPLAYED', replayed_at = :now WHERE id = :id")
				.param("now", Timestamp.from(letter.replayedAt()))
				.param("id", id)
				.update();
			return letter;
		});
		try {
			this.kafka.send(replayed.toReplay()).get(this.sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw unclaim(replayed, ex);
		}
		catch (ExecutionException | TimeoutException | RuntimeException ex) {
			throw unclaim(replayed, ex);
		}
		log.info("Dead letter {} (event {}) replayed to {}", id, replayed.eventId(), replayed.topic());
		return replayed;
	}

	DeadLetter discard(long id) {
		return this.transaction.execute((status) -> {
			DeadLetter letter = lock(id).discarded(this.clock.instant());
			this.jdbc.sql("UPDATE messaging.dead_letter SET status = 'DISCARDED', discarded_at = :now WHERE id = :id")
				.param("now", Timestamp.from(letter.discardedAt()))
				.param("id", id)
				.update();
			return letter;
		});
	}

	private ReplayFailed unclaim(DeadLetter letter, Exception cause) {
		this.transaction.executeWithoutResult((status) -> this.jdbc.sql("""
				UPDATE messaging.dead_letter SET status = 'NEW', replayed_at = NULL
				WHERE id = :id AND status = 'REPLAYED'
				""").param("id", letter.id()).update());
		log.warn("Replay of dead letter {} to {} failed: {}", letter.id(), letter.topic(), cause.toString());
		return new ReplayFailed(letter.id(), letter.topic(), cause);
	}

	private DeadLetter lock(long id) {
		return this.jdbc.sql(SELECT + "WHERE id = :id FOR UPDATE")
			.param("id", id)
			.query(this::map)
			.optional()
			.orElseThrow(() -> new DeadLetterNotFound(id));
	}

	private DeadLetter map(ResultSet rs, int row) throws SQLException {
		return new DeadLetter(rs.getLong("id"), rs.getString("topic"), rs.getString("dead_letter_topic"),
				rs.getString("source_topic"), rs.getInt("source_partition"), rs.getLong("source_offset"),
				rs.getString("message_key"), rs.getString("value"),
				this.json.readValue(rs.getString("headers"), HEADERS), rs.getString("exception_class"),
				rs.getString("exception_message"), rs.getObject("event_id", UUID.class), rs.getString("event_type"),
				instant(rs, "received_at"), DeadLetterStatus.valueOf(rs.getString("status")),
				instant(rs, "replayed_at"), instant(rs, "discarded_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	private static String abbreviate(String text, int max) {
		return (text == null || text.length() <= max) ? text : text.substring(0, max - 3) + "...";
	}

	/** One page of dead letters. */
	record Page(List<DeadLetter> items, int page, int size, long totalItems) {

	}

}
