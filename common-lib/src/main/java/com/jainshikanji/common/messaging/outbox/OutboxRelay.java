package com.jainshikanji.common.messaging.outbox;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.InterruptException;
import org.jspecify.annotations.Nullable;
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
 * thread per instance; only the instance holding the relay lock ({@link RelayLock}, a
 * PostgreSQL session-level advisory lock) relays, so events are sent by one producer at a
 * time.
 *
 * <p>
 * A batch is read in one short transaction, sent with no transaction or pooled connection
 * held, and its outcome written in another short transaction: waiting for Kafka never
 * holds database resources. Per-aggregate order is exact: events with the same key are
 * sent in id order, each only after Kafka acknowledged the one before, and nothing is
 * sent while an earlier event of its key is unsent, failed or parked.
 *
 * <p>
 * If Kafka is unreachable the relay finds out once per attempt (a metadata check per
 * topic, bounded by {@code max.block.ms}) rather than once per event; the events stay in
 * the table, the relay backs off and keeps trying, and delivers the whole backlog when
 * Kafka is back, with no restart. An event Kafka refuses for good (see
 * {@link SendFailure}), or that keeps failing while Kafka takes other events, is parked
 * for an operator ({@link ParkedEvents}); later events of its key wait behind it.
 * Delivery is at least once: an event whose acknowledgement was lost is sent again, and
 * consumers deduplicate on its event id.
 */
public class OutboxRelay implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

	private static final Duration CLEANUP_INTERVAL = Duration.ofHours(1);

	/** The envelope's trace context, as EventJson writes it (compact JSON). */
	private static final Pattern TRACEPARENT = Pattern
		.compile("\"traceparent\":\"(00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2})\"");

	private final RelayLock lock;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final KafkaOperations<String, String> kafka;

	private final OutboxProperties properties;

	private final Clock clock;

	private final TraceContinuation tracing;

	private final Semaphore wakeUp = new Semaphore(0);

	private volatile boolean running;

	private Thread worker;

	private Instant nextCleanup = Instant.MIN;

	public OutboxRelay(DataSource dataSource, JdbcClient jdbc, TransactionTemplate transaction,
			KafkaOperations<String, String> kafka, OutboxProperties properties, Clock clock) {
		this(dataSource, jdbc, transaction, kafka, properties, clock, TraceContinuation.NONE);
	}

	public OutboxRelay(DataSource dataSource, JdbcClient jdbc, TransactionTemplate transaction,
			KafkaOperations<String, String> kafka, OutboxProperties properties, Clock clock,
			TraceContinuation tracing) {
		this.lock = new RelayLock(dataSource);
		this.tracing = tracing;
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
			// Relayed by hand (relayBatch) or never started: give the lock up, if held.
			this.lock.release();
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
		try {
			while (this.running) {
				try {
					BatchResult result = relayBatch();
					if (result.unreachable() != null) {
						Duration pause = backoff.next();
						if (backoff.attempts() == 1) {
							log.warn("Outbox relay cannot deliver ({}); events stay stored and are retried",
									result.unreachable().describe());
						}
						else {
							log.debug("Outbox relay attempt {} failed; next in {}", backoff.attempts(), pause);
						}
						Thread.sleep(pause);
						continue;
					}
					if (backoff.failing()) {
						log.info("Outbox relay recovered: delivering again");
					}
					backoff.reset();
					cleanUpIfDue();
					if (!result.full()) {
						this.wakeUp.tryAcquire(this.properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
					}
				}
				catch (RuntimeException ex) {
					if (!this.running) {
						return;
					}
					Duration pause = backoff.next();
					if (backoff.attempts() == 1) {
						log.warn("Outbox relay failed ({}); events stay stored and are retried", ex.toString());
					}
					else {
						log.debug("Outbox relay attempt {} failed; next in {}", backoff.attempts(), pause, ex);
					}
					Thread.sleep(pause);
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			this.lock.release();
		}
	}

	/**
	 * Relays one batch if this instance holds the relay lock: reads it, sends it without
	 * holding a transaction, then records the outcome.
	 */
	BatchResult relayBatch() {
		if (!this.lock.acquire()) {
			return BatchResult.NOTHING;
		}
		List<PendingEvent> batch = this.transaction.execute((status) -> this.jdbc.sql("""
				SELECT e.id, e.topic, e.message_key, e.event_id, e.event_type, e.envelope, e.attempts
				FROM messaging.event_outbox e
				WHERE e.published_at IS NULL AND e.parked_at IS NULL AND e.discarded_at IS NULL
				  AND NOT EXISTS (
				      SELECT 1 FROM messaging.event_outbox p
				      WHERE p.message_key = e.message_key AND p.id < e.id
				        AND p.parked_at IS NOT NULL AND p.published_at IS NULL AND p.discarded_at IS NULL)
				ORDER BY e.id
				LIMIT :limit
				""").param("limit", this.properties.batchSize()).query(PendingEvent.class).list());
		if (batch == null || batch.isEmpty()) {
			return BatchResult.NOTHING;
		}
		Attempt attempt = new Attempt(batch);
		attempt.run();
		try {
			List<PendingEvent> parked = this.transaction.execute((status) -> record(attempt));
			for (PendingEvent event : (parked != null) ? parked : List.<PendingEvent>of()) {
				log.error(
						"Outbox event {} ({}, topic {}, key {}) parked: Kafka will not take it ({}). Later events "
								+ "with this key are held until an operator retries or discards it "
								+ "(/api/v1/admin/<this service>/outbox/parked through the gateway)",
						event.eventId(), event.eventType(), event.topic(), event.messageKey(),
						attempt.failures.get(event).describe());
			}
			return new BatchResult(batch.size() >= this.properties.batchSize(), attempt.acknowledged.size(),
					attempt.acknowledged.isEmpty() ? attempt.firstTransientFailure() : null);
		}
		finally {
			if (attempt.interrupted) {
				Thread.currentThread().interrupt();
			}
		}
	}

	/**
	 * Marks what Kafka acknowledged and charges each failure to the event that failed.
	 * @return the events parked by this attempt
	 */
	private List<PendingEvent> record(Attempt attempt) {
		Timestamp now = Timestamp.from(this.clock.instant());
		if (!attempt.acknowledged.isEmpty()) {
			this.jdbc.sql("UPDATE messaging.event_outbox SET published_at = :now WHERE id IN (:ids)")
				.param("now", now)
				.param("ids", attempt.acknowledged)
				.update();
		}
		// A failure is the event's own fault (a strike) only if Kafka took other
		// events in the same attempt; during an outage nothing is ever given up on.
		boolean kafkaAccepting = !attempt.acknowledged.isEmpty();
		List<PendingEvent> parked = new ArrayList<>();
		attempt.failures.forEach((event, failure) -> {
			boolean strike = !failure.permanent() && kafkaAccepting;
			boolean nowParked = this.jdbc.sql("""
					UPDATE messaging.event_outbox
					SET attempts = attempts + 1, strikes = strikes + :strike, last_error = :error,
					    parked_at = CASE WHEN :permanent OR strikes + :strike >= :parkAfter
					                     THEN CAST(:now AS TIMESTAMPTZ) END
					WHERE id = :id AND published_at IS NULL
					RETURNING parked_at IS NOT NULL
					""")
				.param("strike", strike ? 1 : 0)
				.param("error", failure.describe())
				.param("permanent", failure.permanent())
				.param("parkAfter", this.properties.parkAfterFailures())
				.param("now", now)
				.param("id", event.id())
				.query(Boolean.class)
				.optional()
				.orElse(false);
			if (nowParked) {
				parked.add(event);
			}
		});
		return parked;
	}

	private void cleanUpIfDue() {
		Instant now = this.clock.instant();
		if (now.isBefore(this.nextCleanup)) {
			return;
		}
		this.nextCleanup = now.plus(CLEANUP_INTERVAL);
		int deleted = this.transaction.execute((status) -> this.jdbc.sql("""
				DELETE FROM messaging.event_outbox
				WHERE (published_at IS NOT NULL AND published_at < :cutoff)
				   OR (discarded_at IS NOT NULL AND discarded_at < :cutoff)
				""").param("cutoff", Timestamp.from(now.minus(this.properties.retention()))).update());
		if (deleted > 0) {
			log.debug("Deleted {} published or discarded outbox events older than {}", deleted,
					this.properties.retention());
		}
	}

	/**
	 * One pass over a batch, talking to Kafka only. Each round ("wave") sends the next
	 * event of every key that has not failed, then waits for all of them, so an event is
	 * never in flight together with an earlier event of its key. Events that failed
	 * before go one at a time.
	 */
	private final class Attempt {

		private final List<PendingEvent> batch;

		private final List<Long> acknowledged = new ArrayList<>();

		private final Map<PendingEvent, SendFailure> failures = new LinkedHashMap<>();

		private final Set<String> failedKeys = new HashSet<>();

		/** Events of topics that failed their metadata check: not sent this time. */
		private final Set<PendingEvent> unsendable = new HashSet<>();

		private final long deadline;

		private boolean stopped;

		private boolean interrupted;

		Attempt(List<PendingEvent> batch) {
			this.batch = batch;
			this.deadline = System.nanoTime() + OutboxRelay.this.properties.sendTimeout().toNanos();
		}

		void run() {
			checkTopics();
			Map<String, Deque<PendingEvent>> byKey = new LinkedHashMap<>();
			for (PendingEvent event : this.batch) {
				byKey.computeIfAbsent(event.messageKey(), (key) -> new ArrayDeque<>()).add(event);
			}
			while (!this.stopped) {
				List<PendingEvent> wave = new ArrayList<>();
				byKey.forEach((key, events) -> {
					if (this.failedKeys.contains(key) || events.isEmpty()) {
						return;
					}
					if (this.unsendable.contains(events.peek())) {
						// Nothing of this key may overtake it.
						this.failedKeys.add(key);
						return;
					}
					wave.add(events.poll());
				});
				if (wave.isEmpty()) {
					return;
				}
				wave.sort(Comparator.comparingLong(PendingEvent::id));
				List<PendingEvent> fresh = new ArrayList<>(wave.size());
				for (PendingEvent event : wave) {
					if (this.stopped) {
						return;
					}
					if (event.suspect()) {
						send(List.of(event));
					}
					else {
						fresh.add(event);
					}
				}
				if (!this.stopped && !fresh.isEmpty()) {
					send(fresh);
				}
			}
		}

		/**
		 * One metadata look-up per topic (a service usually publishes to one): fails
		 * fast, once, when Kafka is unreachable, instead of blocking {@code max.block.ms}
		 * on every send, and finds topics Kafka refuses outright.
		 */
		private void checkTopics() {
			Set<String> topics = new LinkedHashSet<>();
			this.batch.forEach((event) -> topics.add(event.topic()));
			for (String topic : topics) {
				if (System.nanoTime() > this.deadline) {
					this.stopped = true;
					return;
				}
				try {
					OutboxRelay.this.kafka.partitionsFor(topic);
				}
				catch (RuntimeException ex) {
					if (interruption(ex)) {
						return;
					}
					SendFailure failure = SendFailure.of(ex);
					List<PendingEvent> ofTopic = this.batch.stream().filter((e) -> e.topic().equals(topic)).toList();
					this.unsendable.addAll(ofTopic);
					if (failure.permanent()) {
						ofTopic.forEach((event) -> fail(event, failure));
					}
					else {
						// Unreachable (or a topic that does not exist yet): the attempt
						// is charged to the topic's first event only.
						fail(ofTopic.getFirst(), failure);
					}
				}
			}
		}

		private void send(List<PendingEvent> wave) {
			List<InFlight> inFlight = new ArrayList<>(wave.size());
			for (PendingEvent event : wave) {
				if (System.nanoTime() > this.deadline) {
					this.stopped = true;
					break;
				}
				// Sent in the trace of the request that wrote it: the producer's span,
				// the record's traceparent header and the consumers' spans all join it.
				try (TraceContinuation.Scope scope = OutboxRelay.this.tracing.resume(event.traceparent())) {
					inFlight.add(new InFlight(event, OutboxRelay.this.kafka.send(event.toRecord())));
				}
				catch (RuntimeException ex) {
					if (interruption(ex)) {
						break;
					}
					SendFailure failure = SendFailure.of(ex);
					fail(event, failure);
					if (!failure.permanent()) {
						// Whatever made the producer throw (a full buffer, a closed
						// producer) would make the next send throw too.
						this.stopped = true;
						break;
					}
				}
			}
			// Every event handed to the producer is waited for, even after a failure,
			// so what Kafka acknowledged is marked and not sent again.
			for (InFlight sent : inFlight) {
				if (this.interrupted) {
					// Stopping: keep what is acknowledged already, wait for nothing more.
					if (sent.future().isDone() && !sent.future().isCompletedExceptionally()) {
						this.acknowledged.add(sent.event().id());
					}
					continue;
				}
				try {
					sent.future().get(Math.max(0, this.deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
					this.acknowledged.add(sent.event().id());
				}
				catch (InterruptedException ex) {
					this.interrupted = true;
					this.stopped = true;
				}
				catch (ExecutionException ex) {
					fail(sent.event(), SendFailure.of(ex));
				}
				catch (TimeoutException ex) {
					fail(sent.event(),
							new SendFailure(new TimeoutException(
									"Kafka did not acknowledge within " + OutboxRelay.this.properties.sendTimeout()),
									false));
					this.stopped = true;
				}
			}
		}

		private void fail(PendingEvent event, SendFailure failure) {
			this.failures.putIfAbsent(event, failure);
			if (!this.unsendable.contains(event)) {
				// Sent and failed: nothing later of its key may go this time.
				this.failedKeys.add(event.messageKey());
			}
		}

		/**
		 * The relay is being stopped: stop sending, and keep the interrupt for after the
		 * outcome is recorded (the connection pool refuses interrupted threads).
		 */
		private boolean interruption(RuntimeException ex) {
			if (ex instanceof InterruptException) {
				Thread.interrupted();
				this.interrupted = true;
				this.stopped = true;
				return true;
			}
			return false;
		}

		SendFailure firstTransientFailure() {
			return this.failures.values().stream().filter((failure) -> !failure.permanent()).findFirst().orElse(null);
		}

	}

	private record InFlight(PendingEvent event, CompletableFuture<SendResult<String, String>> future) {

	}

	/**
	 * What one batch achieved.
	 *
	 * @param full whether the batch was full, so more events may be waiting
	 * @param published how many events Kafka acknowledged
	 * @param unreachable why nothing was delivered, when Kafka took none of the batch for
	 * a reason that may pass; the relay backs off
	 */
	record BatchResult(boolean full, int published, SendFailure unreachable) {

		static final BatchResult NOTHING = new BatchResult(false, 0, null);

	}

	record PendingEvent(long id, String topic, String messageKey, UUID eventId, String eventType, String envelope,
			int attempts) {

		/**
		 * Whether an earlier attempt failed: then it goes alone, so that if it is the
		 * cause (e.g. too large for its topic, which makes Kafka fail the whole producer
		 * batch it shares), the failure is its own and the others are not held up.
		 */
		boolean suspect() {
			return this.attempts > 0;
		}

		/** The trace context the event was written in, if it was written in one. */
		@Nullable String traceparent() {
			Matcher matcher = TRACEPARENT.matcher(this.envelope);
			return matcher.find() ? matcher.group(1) : null;
		}

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
