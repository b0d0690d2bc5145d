package com.jainshikanji.common;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.transaction.support.TransactionTemplate;

import com.jainshikanji.common.events.EventEnvelope;
import com.jainshikanji.common.events.Topics;
import com.jainshikanji.common.messaging.deadletter.DeadLetterRecorder;
import com.jainshikanji.common.messaging.outbox.EventOutbox;
import com.jainshikanji.common.testapp.Ailments;
import com.jainshikanji.common.testapp.QuietListener;
import com.jainshikanji.common.testapp.SampleHappened;
import com.jainshikanji.testsupport.kafka.TopicReader;
import com.jainshikanji.testsupport.security.TestTokens;
import com.jainshikanji.testsupport.web.Problem;
import com.jainshikanji.testsupport.web.Problems;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Records a consumer gives up on are stored in the service's database, counted, listed
 * for administrators, and can be replayed once to their original topic.
 */
@CommonLibTest
class DeadLetterTests {

	private static final String DEAD_LETTERS = Topics.deadLetter(SampleHappened.TOPIC, "common-test");

	@Autowired
	RestTestClient client;

	@Autowired
	EventOutbox outbox;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	KafkaTemplate<String, String> kafka;

	@Autowired
	MeterRegistry meters;

	@Autowired
	Ailments ailments;

	@Autowired
	DeadLetterRecorder recorder;

	final String admin = TestTokens.admin();

	@Test
	@SuppressWarnings("unchecked")
	void aRecordTheListenerKeepsFailingOnIsStoredCountedListedAndCanBeReplayedOnce() {
		String key = UUID.randomUUID().toString();
		String name = "sick-" + key;
		double countedBefore = deadLettersCounted();
		EventEnvelope envelope = this.transaction
			.execute((status) -> this.outbox.append(new SampleHappened(key, name)));

		long id = awaitDeadLetter(envelope.eventId());
		Map<String, Object> stored = this.jdbc
			.sql("SELECT topic, status, exception_class, exception_message, event_type FROM messaging.dead_letter "
					+ "WHERE id = :id")
			.param("id", id)
			.query()
			.singleRow();
		assertThat(stored).containsEntry("topic", SampleHappened.TOPIC)
			.containsEntry("status", "NEW")
			.containsEntry("exception_class", IllegalStateException.class.getName())
			.containsEntry("event_type", "SampleHappened");
		assertThat((String) stored.get("exception_message")).contains("still sick: " + name);
		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(deadLettersCounted()).isEqualTo(countedBefore + 1));

		Map<?, ?> page = get("/api/v1/admin/dead-letters?status=new&size=200", this.admin).expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		assertThat((List<?>) page.get("items")).anySatisfy(
				(item) -> assertThat(((Map<?, ?>) item).get("eventId")).isEqualTo(envelope.eventId().toString()));
		Map<?, ?> detail = get("/api/v1/admin/dead-letters/" + id, this.admin).expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		assertThat(detail.get("key")).isEqualTo(key);
		assertThat(detail.get("exceptionClass")).isEqualTo(IllegalStateException.class.getName());
		assertThat((List<Object>) detail.get("headers"))
			.contains(Map.of("name", "event_id", "value", envelope.eventId().toString()));

		// The fix is deployed; an operator replays the record.
		this.ailments.cure(name);
		try (TopicReader reader = TopicReader.of(SampleHappened.TOPIC)) {
			Map<?, ?> replayed = post("/api/v1/admin/dead-letters/" + id + "/replay", this.admin).expectStatus()
				.isOk()
				.expectBody(Map.class)
				.returnResult()
				.getResponseBody();
			assertThat(replayed.get("status")).isEqualTo("REPLAYED");
			// The original and the replay, with the same event id in header and body.
			List<ConsumerRecord<String, String>> records = reader.await((r) -> key.equals(r.key()), 2,
					Duration.ofSeconds(20));
			assertThat(records).allSatisfy((r) -> {
				assertThat(new String(r.headers().lastHeader("event_id").value(), StandardCharsets.UTF_8))
					.isEqualTo(envelope.eventId().toString());
				assertThat(r.value()).contains(envelope.eventId().toString());
			});
		}
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(effects(envelope.eventId())).isOne());

		Problem twice = Problems.problem(post("/api/v1/admin/dead-letters/" + id + "/replay", this.admin), 409);
		assertThat(twice.typeSlug()).isEqualTo("dead-letter-already-handled");
		assertThat(Problems.problem(post("/api/v1/admin/dead-letters/" + id + "/discard", this.admin), 409).typeSlug())
			.isEqualTo("dead-letter-already-handled");
		// Nothing more reached the listener: still applied exactly once.
		assertThat(effects(envelope.eventId())).isOne();
	}

	@Test
	void anUnreadableRecordIsStoredAsItIs() {
		String key = UUID.randomUUID().toString();
		this.kafka.send(new ProducerRecord<>(SampleHappened.TOPIC, key, "{not json"));

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(this.jdbc
				.sql("SELECT value, exception_class, event_id FROM messaging.dead_letter WHERE message_key = :key")
				.param("key", key)
				.query()
				.listOfRows()).singleElement().satisfies((row) -> {
					assertThat(row.get("value")).isEqualTo("{not json");
					assertThat((String) row.get("exception_class")).endsWith("ConversionException");
					assertThat(row.get("event_id")).isNull();
				}));
		long id = this.jdbc.sql("SELECT id FROM messaging.dead_letter WHERE message_key = :key")
			.param("key", key)
			.query(Long.class)
			.single();

		Map<?, ?> discarded = post("/api/v1/admin/dead-letters/" + id + "/discard", this.admin).expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		assertThat(discarded.get("status")).isEqualTo("DISCARDED");
		assertThat(Problems.problem(post("/api/v1/admin/dead-letters/" + id + "/replay", this.admin), 409).detail())
			.contains("discarded");
	}

	@Test
	void binaryGarbageWithNulBytesIsStoredAndDoesNotHoldUpTheDeadLettersBehindIt() {
		// PostgreSQL text refuses NUL: such a record used to fail to store for ever, and
		// the dead-letter topic's partition stopped there (found by system-tests' poison
		// events).
		String key = UUID.randomUUID().toString();
		this.kafka.send(new ProducerRecord<>(SampleHappened.TOPIC, key, "\u0000\u0001binary\u0000garbage"));
		this.kafka.send(new ProducerRecord<>(SampleHappened.TOPIC, key, "{behind it"));

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(this.jdbc
				.sql("SELECT value FROM messaging.dead_letter WHERE message_key = :key ORDER BY source_offset")
				.param("key", key)
				.query(String.class)
				.list()).containsExactly("\uFFFD\u0001binary\uFFFDgarbage", "{behind it"));
	}

	@Test
	void everyConsumedTopicIsCountedFromZeroSoThatItsFirstDeadLetterIsAnIncrease() {
		// Registered with its first dead letter, a counter would appear at 1, and
		// Prometheus' increase() sees no increase in a series' first sample.
		assertThat(this.meters.find("messaging.dead.letters").tag("topic", SampleHappened.TOPIC).counter()).isNotNull();
		Counter quiet = this.meters.find("messaging.dead.letters").tag("topic", QuietListener.TOPIC).counter();
		assertThat(quiet).as("counter of a topic nothing has failed on yet").isNotNull();
		assertThat(quiet.count()).isZero();

		this.kafka.send(new ProducerRecord<>(QuietListener.TOPIC, UUID.randomUUID().toString(), "not an envelope"));

		// The same series, tagged as the dead letter is counted.
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(quiet.count()).isEqualTo(1));
	}

	@Test
	void aRedeliveredDeadLetterIsStoredAndCountedOnce() throws Exception {
		String key = UUID.randomUUID().toString();
		this.kafka.send(new ProducerRecord<>(SampleHappened.TOPIC, key, "not even close to JSON"));
		ConsumerRecord<String, String> dead;
		try (TopicReader reader = TopicReader.of(DEAD_LETTERS)) {
			dead = reader.await((r) -> key.equals(r.key()), 1, Duration.ofSeconds(30)).getFirst();
		}
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(storedWithKey(key)).isOne());
		double counted = deadLettersCounted();

		// The dead-letter topic hands the same record over again (e.g. after a
		// rebalance).
		this.recorder.record(dead);

		assertThat(storedWithKey(key)).isOne();
		assertThat(deadLettersCounted()).isEqualTo(counted);
	}

	@Test
	void onlyAdministratorsSeeDeadLetters() {
		assertThat(Problems.problem(get("/api/v1/admin/dead-letters", TestTokens.customer()), 403).typeSlug())
			.isEqualTo("access-denied");
		assertThat(Problems.problem(post("/api/v1/admin/dead-letters/1/replay", TestTokens.customer()), 403).typeSlug())
			.isEqualTo("access-denied");
		assertThat(Problems.problem(this.client.get().uri("/api/v1/admin/dead-letters").exchange(), 401).typeSlug())
			.isEqualTo("authentication-required");
	}

	@Test
	void aReplayKafkaRefusesLeavesTheDeadLetterNew() {
		long id = this.jdbc.sql("""
				INSERT INTO messaging.dead_letter (topic, dead_letter_topic, source_topic, source_partition,
				    source_offset, message_key, value, headers)
				VALUES ('common-test.no such topic', 'common-test.no such topic.common-test.dlt',
				    'common-test.no such topic', 0, :offset, 'k', '{}', '[]')
				RETURNING id
				""").param("offset", System.nanoTime()).query(Long.class).single();

		assertThat(Problems.problem(post("/api/v1/admin/dead-letters/" + id + "/replay", this.admin), 503).typeSlug())
			.isEqualTo("replay-failed");
		assertThat(get("/api/v1/admin/dead-letters/" + id, this.admin).expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()).containsEntry("status", "NEW").containsEntry("replayedAt", null);
	}

	@Test
	void anUnknownDeadLetterIsNotFound() {
		assertThat(Problems.problem(get("/api/v1/admin/dead-letters/" + Long.MAX_VALUE, this.admin), 404).typeSlug())
			.isEqualTo("dead-letter-not-found");
		assertThat(Problems.problem(post("/api/v1/admin/dead-letters/" + Long.MAX_VALUE + "/replay", this.admin), 404)
			.typeSlug()).isEqualTo("dead-letter-not-found");
		assertThat(Problems.problem(get("/api/v1/admin/dead-letters?status=LOST", this.admin), 400).fields())
			.containsExactly("status");
		assertThat(Problems.problem(get("/api/v1/admin/dead-letters?size=0", this.admin), 400).fields())
			.containsExactly("size");
	}

	private long awaitDeadLetter(UUID eventId) {
		return await().atMost(Duration.ofSeconds(30))
			.until(() -> this.jdbc.sql("SELECT id FROM messaging.dead_letter WHERE event_id = :eventId")
				.param("eventId", eventId)
				.query(Long.class)
				.optional(), java.util.Optional::isPresent)
			.orElseThrow();
	}

	private int storedWithKey(String key) {
		return this.jdbc.sql("SELECT count(*) FROM messaging.dead_letter WHERE message_key = :key")
			.param("key", key)
			.query(Integer.class)
			.single();
	}

	private double deadLettersCounted() {
		Counter counter = this.meters.find("messaging.dead.letters").tag("topic", SampleHappened.TOPIC).counter();
		return (counter != null) ? counter.count() : 0;
	}

	private int effects(UUID eventId) {
		return this.jdbc.sql("SELECT count(*) FROM sample_effects WHERE event_id = :id")
			.param("id", eventId)
			.query(Integer.class)
			.single();
	}

	private RestTestClient.ResponseSpec get(String uri, String token) {
		return this.client.get().uri(uri).headers((headers) -> headers.setBearerAuth(token)).exchange();
	}

	private RestTestClient.ResponseSpec post(String uri, String token) {
		return this.client.post().uri(uri).headers((headers) -> headers.setBearerAuth(token)).exchange();
	}

}
