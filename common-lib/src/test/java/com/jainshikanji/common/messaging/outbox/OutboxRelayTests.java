package com.jainshikanji.common.messaging.outbox;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.NotEnoughReplicasException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.core.KafkaProducerException;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.support.SendResult;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.jainshikanji.common.CommonLibTest;
import com.jainshikanji.common.events.EventEnvelope;
import com.jainshikanji.common.testapp.BulkyHappened;
import com.jainshikanji.common.testapp.MisroutedHappened;
import com.jainshikanji.common.testapp.SampleHappened;
import com.jainshikanji.testsupport.infra.Infrastructure;
import com.jainshikanji.testsupport.kafka.TopicReader;
import com.jainshikanji.testsupport.security.TestTokens;
import com.jainshikanji.testsupport.web.Problems;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The relay never holds the database while it waits for Kafka, marks exactly what Kafka
 * acknowledged, keeps each aggregate's events in order, and parks what Kafka will never
 * take instead of blocking the service's events behind it.
 */
@CommonLibTest
@ExtendWith(OutputCaptureExtension.class)
class OutboxRelayTests {

	@Autowired
	OutboxRelay relay;

	@Autowired
	EventOutbox outbox;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	ProducerFactory<String, String> producerFactory;

	@Autowired
	RestTestClient client;

	@Autowired
	MeterRegistry meters;

	final String admin = TestTokens.admin();

	@Test
	void eventsStoredWhileKafkaIsDownAreAllDeliveredWhenItIsBackWithoutHoldingATransactionMeanwhile() {
		// A service that starts while Kafka is down: its producer knows no topic yet, and
		// each metadata look-up blocks for max.block.ms (shortened from 5 s to save
		// time).
		awaitNothingPending();
		this.relay.stop();
		ProducerFactory<String, String> freshProducers = ((DefaultKafkaProducerFactory<String, String>) this.producerFactory)
			.copyWithConfigurationOverride(Map.of(ProducerConfig.MAX_BLOCK_MS_CONFIG, 2000));
		OutboxRelay startedWhileKafkaIsDown = relay(new KafkaTemplate<>(freshProducers), properties(10));
		Map<String, List<UUID>> written = new LinkedHashMap<>();
		String keySuffix = key();
		Infrastructure.shared().stopKafka();
		try {
			this.transaction.executeWithoutResult((status) -> {
				for (int i = 0; i < 10; i++) {
					for (int k = 0; k < 15; k++) {
						String key = "backlog-" + k + "-" + keySuffix;
						EventEnvelope envelope = this.outbox.append(new SampleHappened(key, "backlog-" + i));
						written.computeIfAbsent(key, (ignored) -> new ArrayList<>()).add(envelope.eventId());
					}
				}
			});
			startedWhileKafkaIsDown.start();

			// Watch the database until the relay has failed at least once and a while
			// longer than a send blocks.
			Duration longestTransaction = Duration.ZERO;
			long started = System.nanoTime();
			long deadline = started + Duration.ofSeconds(15).toNanos();
			while (System.nanoTime() < deadline && (failedAttempts(written.keySet()) == 0
					|| System.nanoTime() - started < Duration.ofMillis(3000).toNanos())) {
				Duration open = longestOpenTransaction();
				longestTransaction = (open.compareTo(longestTransaction) > 0) ? open : longestTransaction;
				sleep(Duration.ofMillis(100));
			}
			assertThat(failedAttempts(written.keySet())).as("the relay tried while Kafka was down").isPositive();
			assertThat(longestTransaction).as("longest transaction open while Kafka was down")
				.isLessThan(Duration.ofSeconds(1));
		}
		finally {
			Infrastructure.shared().startKafka();
		}
		long back = System.nanoTime();
		try (TopicReader reader = TopicReader.of(SampleHappened.TOPIC)) {
			Map<String, Set<UUID>> seen = new LinkedHashMap<>();
			long deadline = back + Duration.ofSeconds(60).toNanos();
			while (distinct(seen) < 150 && System.nanoTime() < deadline) {
				for (ConsumerRecord<String, String> record : reader.readFor(Duration.ofMillis(100),
						(r) -> written.containsKey(r.key()))) {
					seen.computeIfAbsent(record.key(), (key) -> new LinkedHashSet<>()).add(eventId(record));
				}
			}
			Duration took = Duration.ofNanos(System.nanoTime() - back);
			System.out.println("Outbox relay: all " + distinct(seen) + " events on Kafka " + took.toMillis()
					+ " ms after Kafka came back");
			assertThat(distinct(seen)).isEqualTo(150);
			// Each aggregate's events arrived in the order they were stored.
			written.forEach((key, ids) -> assertThat(seen.get(key)).containsExactlyElementsOf(ids));
			await().atMost(Duration.ofSeconds(10))
				.untilAsserted(() -> assertThat(unpublished(written.keySet())).isZero());
		}
		finally {
			startedWhileKafkaIsDown.stop();
			freshProducers.reset();
			this.relay.start();
		}
	}

	@Test
	void aSendThatThrowsPartWayThroughABatchMarksWhatKafkaTookAndChargesTheEventThatFailed() {
		awaitNothingPending();
		this.relay.stop();
		List<String> keys = List.of(key(), key(), key(), key(), key());
		String failing = keys.get(2);
		AtomicBoolean thrown = new AtomicBoolean();
		KafkaTemplate<String, String> throwsOnce = new KafkaTemplate<>(this.producerFactory) {
			@Override
			public CompletableFuture<SendResult<String, String>> send(ProducerRecord<String, String> record) {
				if (failing.equals(record.key()) && thrown.compareAndSet(false, true)) {
					throw new KafkaException("producer fenced off by the test");
				}
				return super.send(record);
			}
		};
		OutboxRelay byHand = relay(throwsOnce, properties(10));
		try {
			this.transaction.executeWithoutResult(
					(status) -> keys.forEach((key) -> this.outbox.append(new SampleHappened(key, "one-each"))));

			assertThat(byHand.relayBatch().published()).isEqualTo(2);

			assertThat(row(keys.get(0))).containsEntry("published", true).containsEntry("attempts", 0);
			assertThat(row(keys.get(1))).containsEntry("published", true).containsEntry("attempts", 0);
			assertThat(row(failing)).containsEntry("published", false).containsEntry("attempts", 1);
			assertThat((String) row(failing).get("last_error")).contains("producer fenced off by the test");
			assertThat(row(keys.get(3))).containsEntry("published", false).containsEntry("attempts", 0);

			byHand.relayBatch();

			assertThat(unpublished(keys)).isZero();
		}
		finally {
			byHand.stop();
			this.relay.start();
		}
	}

	@Test
	void anEventKafkaRefusesIsParkedWhileOtherKeysFlowAndLaterEventsOfItsKeyWait(CapturedOutput output)
			throws Exception {
		createTopic(BulkyHappened.TOPIC, Map.of("max.message.bytes", "1024"));
		String bulkyKey = key();
		String otherKey = key();
		String misroutedKey = key();
		List<EventEnvelope> events = this.transaction
			.execute((status) -> List.of(this.outbox.append(new BulkyHappened(bulkyKey, "x".repeat(3000))),
					this.outbox.append(new BulkyHappened(bulkyKey, "small, behind the bulky one")),
					this.outbox.append(new BulkyHappened(otherKey, "small, another aggregate")),
					this.outbox.append(new MisroutedHappened(misroutedKey))));
		EventEnvelope bulky = events.get(0);
		EventEnvelope behindBulky = events.get(1);
		EventEnvelope other = events.get(2);
		EventEnvelope misrouted = events.get(3);

		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			assertThat(event(bulky)).containsEntry("parked", true);
			assertThat(event(misrouted)).containsEntry("parked", true);
			assertThat(event(other)).containsEntry("published", true);
		});
		assertThat((String) event(bulky).get("last_error")).contains("RecordTooLargeException");
		assertThat((String) event(misrouted).get("last_error")).contains("InvalidTopicException");
		assertThat(event(behindBulky)).containsEntry("published", false)
			.containsEntry("parked", false)
			.containsEntry("attempts", 0);
		assertThat(output.getAll()).containsOnlyOnce("Outbox event " + bulky.eventId() + " (BulkyHappened");
		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(this.meters.get("outbox.parked.events").gauge().value())
				.isGreaterThanOrEqualTo(2));

		Map<?, ?> parked = get("/api/v1/admin/outbox/parked?size=200").expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		assertThat((List<?>) parked.get("items")).anySatisfy((item) -> {
			assertThat(((Map<?, ?>) item).get("eventId")).isEqualTo(bulky.eventId().toString());
			assertThat(((Map<?, ?>) item).get("status")).isEqualTo("PARKED");
			assertThat(((Map<?, ?>) item).get("heldBehind")).isEqualTo(1);
		});
		long bulkyId = id(bulky);
		// The held event is no operator's business until the one in front is dealt with.
		assertThat(Problems.problem(post("/api/v1/admin/outbox/" + id(behindBulky) + "/discard", this.admin), 409)
			.typeSlug()).isEqualTo("outbox-event-not-parked");

		// Retried, Kafka still refuses it: parked again.
		int attempts = (int) event(bulky).get("attempts");
		assertThat(post("/api/v1/admin/outbox/" + bulkyId + "/retry", this.admin).expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()).containsEntry("status", "PENDING");
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(event(bulky)).containsEntry("parked", true)
				.containsEntry("attempts", attempts + 1));
		assertThat(event(behindBulky)).containsEntry("published", false);

		// Discarded: the event held behind it goes out.
		assertThat(post("/api/v1/admin/outbox/" + bulkyId + "/discard", this.admin).expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()).containsEntry("status", "DISCARDED");
		try (TopicReader reader = TopicReader.of(BulkyHappened.TOPIC)) {
			assertThat(reader.await((r) -> bulkyKey.equals(r.key()), 1, Duration.ofSeconds(20)))
				.extracting(OutboxRelayTests::eventId)
				.containsExactly(behindBulky.eventId());
		}
		assertThat(Problems.problem(post("/api/v1/admin/outbox/" + bulkyId + "/discard", this.admin), 409).detail())
			.contains("discarded");
		assertThat(
				Problems.problem(post("/api/v1/admin/outbox/" + Long.MAX_VALUE + "/retry", this.admin), 404).typeSlug())
			.isEqualTo("outbox-event-not-found");
		assertThat(
				Problems.problem(post("/api/v1/admin/outbox/" + id(misrouted) + "/retry", TestTokens.customer()), 403)
					.typeSlug())
			.isEqualTo("access-denied");
	}

	@Test
	void anEventThatKeepsFailingWhileKafkaTakesOthersIsParkedButNeverDuringAnOutage() {
		awaitNothingPending();
		this.relay.stop();
		String unlucky = key();
		KafkaTemplate<String, String> oneKeyFails = new KafkaTemplate<>(this.producerFactory) {
			@Override
			public CompletableFuture<SendResult<String, String>> send(ProducerRecord<String, String> record) {
				if (unlucky.equals(record.key())) {
					return CompletableFuture.failedFuture(new KafkaProducerException(record, "Send failed",
							new NotEnoughReplicasException("too few in-sync replicas (test)")));
				}
				return super.send(record);
			}
		};
		OutboxRelay byHand = relay(oneKeyFails, properties(3));
		try {
			this.transaction.executeWithoutResult((status) -> this.outbox.append(new SampleHappened(unlucky, "x")));
			// Nothing else goes through: as good as an outage, so it is never given up
			// on.
			for (int i = 0; i < 4; i++) {
				byHand.relayBatch();
			}
			assertThat(row(unlucky)).containsEntry("attempts", 4).containsEntry("parked", false);

			// Kafka takes other events all along while this one keeps failing.
			for (int i = 0; i < 3; i++) {
				this.transaction
					.executeWithoutResult((status) -> this.outbox.append(new SampleHappened(key(), "fine")));
				byHand.relayBatch();
			}
			assertThat(row(unlucky)).containsEntry("attempts", 7).containsEntry("parked", true);
			assertThat((String) row(unlucky).get("last_error")).contains("NotEnoughReplicasException");
		}
		finally {
			byHand.stop();
			this.relay.start();
		}
	}

	@Test
	void onlyOneInstanceRelaysAndTheLeaderTakesItsLockAgainAfterLosingItsSession() {
		AtomicInteger sends = new AtomicInteger();
		KafkaTemplate<String, String> counting = new KafkaTemplate<>(this.producerFactory) {
			@Override
			public CompletableFuture<SendResult<String, String>> send(ProducerRecord<String, String> record) {
				sends.incrementAndGet();
				return super.send(record);
			}
		};
		// The application's relay leads.
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.jdbc.sql("""
					SELECT count(*) FROM pg_locks
					WHERE locktype = 'advisory' AND granted AND classid::bigint = :high AND objid::bigint = :low
					""")
				.param("high", RelayLock.KEY >>> 32)
				.param("low", RelayLock.KEY & 0xFFFF_FFFFL)
				.query(Integer.class)
				.single() == 1);
		OutboxRelay second = relay(counting, properties(10));
		try {
			String first = key();
			this.transaction.executeWithoutResult((status) -> this.outbox.append(new SampleHappened(first, "a")));
			second.relayBatch();
			assertThat(sends).as("sends by the instance that does not hold the lock").hasValue(0);
			await().atMost(Duration.ofSeconds(10))
				.untilAsserted(() -> assertThat(unpublished(List.of(first))).isZero());
			// The leader's lock session sits idle, outside any transaction.
			assertThat(this.jdbc.sql("SELECT state FROM pg_stat_activity WHERE pid = :pid")
				.param("pid", lockHolder())
				.query(String.class)
				.single()).isEqualTo("idle");

			this.jdbc.sql("SELECT pg_terminate_backend(:pid)").param("pid", lockHolder()).query().singleValue();
			String afterwards = key();
			this.transaction.executeWithoutResult((status) -> this.outbox.append(new SampleHappened(afterwards, "b")));

			await().atMost(Duration.ofSeconds(10))
				.untilAsserted(() -> assertThat(unpublished(List.of(afterwards))).isZero());
			assertThat(sends).hasValue(0);
		}
		finally {
			second.stop();
		}
	}

	private OutboxRelay relay(KafkaOperations<String, String> kafka, OutboxProperties properties) {
		return new OutboxRelay(this.dataSource, this.jdbc, new TransactionTemplate(this.transactionManager), kafka,
				properties, Clock.systemUTC());
	}

	private static OutboxProperties properties(int parkAfterFailures) {
		return new OutboxProperties(true, Duration.ofMillis(100), 100, Duration.ofSeconds(20), Duration.ofSeconds(1),
				Duration.ofDays(7), parkAfterFailures);
	}

	/** Waits until the application's relay has sent everything it can. */
	private void awaitNothingPending() {
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(this.jdbc.sql("""
				SELECT count(*) FROM messaging.event_outbox e
				WHERE e.published_at IS NULL AND e.parked_at IS NULL AND e.discarded_at IS NULL
				  AND NOT EXISTS (SELECT 1 FROM messaging.event_outbox p
				                  WHERE p.message_key = e.message_key AND p.id < e.id AND p.parked_at IS NOT NULL
				                    AND p.published_at IS NULL AND p.discarded_at IS NULL)
				""").query(Integer.class).single()).isZero());
	}

	/**
	 * How long the oldest transaction of another session has been idle in the database.
	 */
	private Duration longestOpenTransaction() {
		double seconds = this.jdbc.sql("""
				SELECT coalesce(max(extract(epoch FROM clock_timestamp() - xact_start)), 0)
				FROM pg_stat_activity
				WHERE datname = current_database() AND pid <> pg_backend_pid() AND state = 'idle in transaction'
				""").query(Double.class).single();
		return Duration.ofMillis((long) (seconds * 1000));
	}

	private int lockHolder() {
		return this.jdbc.sql("""
				SELECT pid FROM pg_locks
				WHERE locktype = 'advisory' AND granted AND classid::bigint = :high AND objid::bigint = :low
				""")
			.param("high", RelayLock.KEY >>> 32)
			.param("low", RelayLock.KEY & 0xFFFF_FFFFL)
			.query(Integer.class)
			.single();
	}

	private int failedAttempts(Set<String> keys) {
		return this.jdbc
			.sql("SELECT coalesce(sum(attempts), 0) FROM messaging.event_outbox WHERE message_key IN (:keys)")
			.param("keys", keys)
			.query(Integer.class)
			.single();
	}

	private int unpublished(java.util.Collection<String> keys) {
		return this.jdbc
			.sql("SELECT count(*) FROM messaging.event_outbox WHERE message_key IN (:keys) AND published_at IS NULL")
			.param("keys", keys)
			.query(Integer.class)
			.single();
	}

	private Map<String, Object> row(String key) {
		return this.jdbc.sql("""
				SELECT published_at IS NOT NULL AS published, parked_at IS NOT NULL AS parked, attempts, last_error
				FROM messaging.event_outbox WHERE message_key = :key
				""").param("key", key).query().singleRow();
	}

	private Map<String, Object> event(EventEnvelope envelope) {
		return this.jdbc.sql("""
				SELECT published_at IS NOT NULL AS published, parked_at IS NOT NULL AS parked, attempts, last_error
				FROM messaging.event_outbox WHERE event_id = :eventId
				""").param("eventId", envelope.eventId()).query().singleRow();
	}

	private long id(EventEnvelope envelope) {
		return this.jdbc.sql("SELECT id FROM messaging.event_outbox WHERE event_id = :eventId")
			.param("eventId", envelope.eventId())
			.query(Long.class)
			.single();
	}

	private RestTestClient.ResponseSpec get(String uri) {
		return this.client.get().uri(uri).headers((headers) -> headers.setBearerAuth(this.admin)).exchange();
	}

	private RestTestClient.ResponseSpec post(String uri, String token) {
		return this.client.post().uri(uri).headers((headers) -> headers.setBearerAuth(token)).exchange();
	}

	private static void createTopic(String topic, Map<String, String> config) throws Exception {
		try (Admin admin = Admin.create(
				Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, Infrastructure.shared().kafkaBootstrapServers()))) {
			admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1).configs(config))).all().get();
		}
		catch (ExecutionException ex) {
			if (!(ex.getCause() instanceof TopicExistsException)) {
				throw ex;
			}
		}
	}

	private static UUID eventId(ConsumerRecord<String, String> record) {
		return UUID.fromString(new String(record.headers().lastHeader("event_id").value()));
	}

	private static int distinct(Map<String, Set<UUID>> seen) {
		return seen.values().stream().mapToInt(Set::size).sum();
	}

	private static String key() {
		return UUID.randomUUID().toString();
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
