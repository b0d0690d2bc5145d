package com.jainshikanji.common.messaging.outbox;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.support.SendResult;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends stored events to Kafka, oldest first, and marks them published once Kafka has
 * acknowledged them ({@code acks=all}, idempotent producer). Runs on one background
 * thread per instance; a PostgreSQL advisory lock lets only one instance of a service
 * relay at a time, which keeps each aggregate's events in order.
 *
 * <p>
 * If Kafka is unreachable the events simply stay in the table: the relay backs off, keeps
 * trying, and delivers the whole backlog when Kafka is back, with no restart. Delivery is
 * at least once: an event whose acknowledgement was lost is sent again, and consumers
 * deduplicate on its event id.
 */
public class OutboxRelay implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

	/**
	 * Advisory lock key shared by every instance of a service (each service has its own
	 * database).
	 */
	private static final long RELAY_LOCK = 0x6a73_6b5f_6f75_7462L;

	private static final Duration CLEANUP_INTERVAL = Duration.ofHours(1);

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final KafkaOperations<String, String> kafka;

	private final OutboxProperties properties;

	private final Clock clock;

	private final Semaphore wakeUp = new Semaphore(0);

	private volatile boolean running;

	private Thread worker;

	private Instant nextCleanup = Instant.MIN;

	public OutboxRelay(JdbcClient jdbc, TransactionTemplate transaction, KafkaOperations<String, String> kafka,
			OutboxProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.kafka = kafka;
		this.properties = properties;
		this.clock = clock;
	}

	/** Asks the relay to look for new events now rather than at its next poll. */
	public void wakeUp() {
		if (this.wakeUp.availablePermits() == 0) {
			this.wakeUp.release();
		}
	}

	@Override
	public synchronized void start() {
		if (this.running) {
			return;
		}
		this.running = true;
		this.worker = Thread.ofPlatform().daemon().name("outbox-relay").start(this::run);
	}

	@Override
	public synchronized void stop() {
		if (!this.running) {
			return;
		}
		this.running = false;
		this.worker.interrupt();
		try {
			this.worker.join(this.properties.sendTimeout().toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		// Stop before the Kafka producer and the datasource go away.
		return SmartLifecycle.DEFAULT_PHASE - 1024;
	}

	private void run() {
		Backoff backoff = new Backoff(Duration.ofMillis(200), this.properties.maxBackoff());
		while (this.running) {
			try {
				int sent = relayBatch();
				if (backoff.failing()) {
					log.info("Outbox relay recovered: Kafka reachable again");
				}
				backoff.reset();
				cleanUpIfDue();
				if (sent < this.properties.batchSize()) {
					this.wakeUp.tryAcquire(this.properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException ex) {
				if (!this.running) {
					return;
				}
				Duration pause = backoff.next();
				if (backoff.attempts() == 1) {
					log.warn("Outbox relay cannot deliver ({}); events stay stored and are retried", ex.toString());
				}
				else {
					log.debug("Outbox relay attempt {} failed; next in {}", backoff.attempts(), pause, ex);
				}
				try {
					Thread.sleep(pause);
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
	}

	/**
	 * Sends one batch in a transaction holding the relay lock.
	 * @return how many events were published
	 * @throws RuntimeException when Kafka took none of the batch (the caller backs off)
	 */
	int relayBatch() {
		BatchResult result = this.transaction.execute((status) -> {
			boolean leader = this.jdbc.sql("SELECT pg_try_advisory_xact_lock(:key)")
				.param("key", RELAY_LOCK)
				.query(Boolean.class)
				.single();
			if (!leader) {
				return BatchResult.NOTHING;
			}
			List<PendingEvent> batch = this.jdbc.sql("""
					SELECT id, topic, message_key, event_id, event_type, envelope
					FROM messaging.event_outbox
					WHERE published_at IS NULL
					ORDER BY id
					LIMIT :limit
					""").param("limit", this.properties.batchSize()).query(PendingEvent.class).list();
			return batch.isEmpty() ? BatchResult.NOTHING : send(batch);
		});
		if (result == null) {
			return 0;
		}
		// Thrown after the commit, so the failure count recorded on the stuck event is
		// kept.
		if (result.failure() != null && result.published() == 0) {
			throw result.failure();
		}
		return result.published();
	}

	private BatchResult send(List<PendingEvent> batch) {
		List<CompletableFuture<SendResult<String, String>>> futures = new ArrayList<>(batch.size());
		RuntimeException failure = null;
		for (PendingEvent event : batch) {
			try {
				futures.add(this.kafka.send(event.toRecord()));
			}
			catch (RuntimeException ex) {
				failure = ex;
				break;
			}
		}
		// Acknowledged in order; stop at the first event Kafka did not take, so nothing
		// after it overtakes it.
		List<Long> acknowledged = new ArrayList<>();
		long deadline = System.nanoTime() + this.properties.sendTimeout().toNanos();
		for (int i = 0; i < futures.size() && failure == null; i++) {
			try {
				futures.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
				acknowledged.add(batch.get(i).id());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				failure = new IllegalStateException("Interrupted while waiting for Kafka", ex);
			}
			catch (ExecutionException | TimeoutException ex) {
				failure = new IllegalStateException(
						"Kafka did not acknowledge event " + batch.get(i).eventId() + ": " + rootMessage(ex), ex);
			}
		}
		if (!acknowledged.isEmpty()) {
			this.jdbc.sql("UPDATE messaging.event_outbox SET published_at = :now WHERE id IN (:ids)")
				.param("now", Timestamp.from(this.clock.instant()))
				.param("ids", acknowledged)
				.update();
		}
		if (failure != null) {
			this.jdbc
				.sql("UPDATE messaging.event_outbox SET attempts = attempts + 1, last_error = :error WHERE id = :id")
				.param("error", abbreviate(String.valueOf(failure.getMessage())))
				.param("id", batch.get(acknowledged.size()).id())
				.update();
		}
		return new BatchResult(acknowledged.size(), failure);
	}

	private void cleanUpIfDue() {
		Instant now = this.clock.instant();
		if (now.isBefore(this.nextCleanup)) {
			return;
		}
		this.nextCleanup = now.plus(CLEANUP_INTERVAL);
		int deleted = this.jdbc
			.sql("DELETE FROM messaging.event_outbox WHERE published_at IS NOT NULL AND published_at < :cutoff")
			.param("cutoff", Timestamp.from(now.minus(this.properties.retention())))
			.update();
		if (deleted > 0) {
			log.debug("Deleted {} published outbox events older than {}", deleted, this.properties.retention());
		}
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.toString();
	}

	private static String abbreviate(String text) {
		return (text.length() <= 1000) ? text : text.substring(0, 997) + "...";
	}

	record BatchResult(int published, RuntimeException failure) {

		static final BatchResult NOTHING = new BatchResult(0, null);

	}

	record PendingEvent(long id, String topic, String messageKey, UUID eventId, String eventType, String envelope) {

		ProducerRecord<String, String> toRecord() {
			ProducerRecord<String, String> record = new ProducerRecord<>(this.topic, this.messageKey, this.envelope);
			record.headers().add("event_id", this.eventId.toString().getBytes(StandardCharsets.UTF_8));
			record.headers().add("event_type", this.eventType.getBytes(StandardCharsets.UTF_8));
			return record;
		}

	}

	/** Exponential backoff between failed attempts. */
	static final class Backoff {

		private final Duration initial;

		private final Duration max;

		private int attempts;

		Backoff(Duration initial, Duration max) {
			this.initial = initial;
			this.max = max;
		}

		Duration next() {
			this.attempts++;
			long millis = this.initial.toMillis() << Math.min(this.attempts - 1, 16);
			return Duration.ofMillis(Math.min(millis, this.max.toMillis()));
		}

		int attempts() {
			return this.attempts;
		}

		boolean failing() {
			return this.attempts > 0;
		}

		void reset() {
			this.attempts = 0;
		}

	}

}
