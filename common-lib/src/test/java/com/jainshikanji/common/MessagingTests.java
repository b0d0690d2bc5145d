package com.jainshikanji.common;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import com.jainshikanji.common.events.EventEnvelope;
import com.jainshikanji.common.events.EventJson;
import com.jainshikanji.common.events.Topics;
import com.jainshikanji.common.messaging.outbox.EventOutbox;
import com.jainshikanji.common.testapp.SampleHappened;
import com.jainshikanji.testsupport.kafka.TopicReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * The outbox publishes only what committed; the consumer applies each event once and
 * parks poison.
 */
@CommonLibTest
class MessagingTests {

	private static final String DEAD_LETTERS = Topics.deadLetter(SampleHappened.TOPIC, "common-test");

	@Autowired
	EventOutbox outbox;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	KafkaTemplate<String, String> kafka;

	@Autowired
	EventJson json;

	@Autowired
	KafkaAdmin admin;

	/**
	 * A consumer that starts before the topic's owner creates the topic it listens to:
	 * with the owner's partition count (here 2: neither Spring Kafka's 1 nor the broker's
	 * 3), or the owner would add partitions this consumer does not see for minutes.
	 */
	@Test
	void aTopicAConsumerCreatesHasThePartitionsItsOwnerDeclares() {
		String retry = SampleHappened.TOPIC + ".common-test.retry-200";
		assertThat(this.admin.describeTopics(SampleHappened.TOPIC, retry, DEAD_LETTERS).values())
			.allSatisfy((topic) -> assertThat(topic.partitions()).as(topic.name()).hasSize(2));
	}

	@Test
	void anEventCannotBeStoredOutsideATransaction() {
		assertThatExceptionOfType(IllegalTransactionStateException.class)
			.isThrownBy(() -> this.outbox.append(new SampleHappened(id(), "orphan")));
	}

	@Test
	void anEventOfARolledBackTransactionIsNeverPublished() {
		String id = id();
		this.transaction.executeWithoutResult((status) -> {
			this.outbox.append(new SampleHappened(id, "never-happened"));
			status.setRollbackOnly();
		});

		assertThat(this.jdbc.sql("SELECT count(*) FROM messaging.event_outbox WHERE message_key = :id")
			.param("id", id)
			.query(Integer.class)
			.single()).isZero();
		try (TopicReader reader = TopicReader.of(SampleHappened.TOPIC)) {
			assertThat(reader.readFor(Duration.ofSeconds(2), (record) -> id.equals(record.key()))).isEmpty();
		}
	}

	@Test
	void aCommittedEventIsPublishedAndConsumedOnce() {
		String id = id();
		this.transaction.executeWithoutResult((status) -> this.outbox.append(new SampleHappened(id, "tea")));

		try (TopicReader reader = TopicReader.of(SampleHappened.TOPIC)) {
			ConsumerRecord<String, String> record = reader.await((r) -> id.equals(r.key()), 1, Duration.ofSeconds(20))
				.getFirst();
			EventEnvelope envelope = this.json.read(record.value());
			assertThat(envelope.type()).isEqualTo("SampleHappened");
			assertThat(this.json.payload(envelope, SampleHappened.class).name()).isEqualTo("tea");
			await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(effects(envelope.eventId())).isOne());
		}
	}

	@Test
	void aRedeliveredEventHasNoSecondEffect() throws Exception {
		EventEnvelope envelope = this.json.envelope(new SampleHappened(id(), "twice"), Instant.now(), null);
		String value = this.json.write(envelope);

		this.kafka.send(SampleHappened.TOPIC, envelope.aggregateId(), value).get();
		this.kafka.send(SampleHappened.TOPIC, envelope.aggregateId(), value).get();
		String marker = id();
		this.kafka
			.send(SampleHappened.TOPIC, envelope.aggregateId(),
					this.json.write(this.json.envelope(new SampleHappened(marker, "after"), Instant.now(), null)))
			.get();

		// Once the record after both copies is applied, both copies have been handled.
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(this.jdbc.sql("SELECT count(*) FROM sample_effects WHERE name = 'after'")
				.query(Integer.class)
				.single()).isPositive());
		assertThat(effects(envelope.eventId())).isOne();
	}

	@Test
	void aPoisonEventIsRetriedThenDeadLetteredWithoutHoldingUpTheEventsBehindIt() throws Exception {
		String key = id();
		EventEnvelope poison = this.json.envelope(new SampleHappened(key, "poison"), Instant.now(), null);
		EventEnvelope behind = this.json.envelope(new SampleHappened(key, "behind-poison"), Instant.now(), null);
		this.kafka.send(SampleHappened.TOPIC, key, this.json.write(poison)).get();
		this.kafka.send(SampleHappened.TOPIC, key, this.json.write(behind)).get();

		try (TopicReader deadLetters = TopicReader.of(DEAD_LETTERS)) {
			ConsumerRecord<String, String> dead = deadLetters
				.await((r) -> r.value() != null && r.value().contains(poison.eventId().toString()), 1,
						Duration.ofSeconds(30))
				.getFirst();
			assertThat(this.json.read(dead.value()).eventId()).isEqualTo(poison.eventId());
			assertThat(effects(poison.eventId())).isZero();
			// The event behind the poison on the same partition was applied before the
			// poison was given up on.
			Timestamp behindApplied = this.jdbc.sql("SELECT applied_at FROM sample_effects WHERE event_id = :id")
				.param("id", behind.eventId())
				.query(Timestamp.class)
				.single();
			assertThat(behindApplied.toInstant()).isBefore(Instant.ofEpochMilli(dead.timestamp()));
		}
	}

	@Test
	void anUnreadableRecordGoesStraightToTheDeadLetterTopic() throws Exception {
		String key = id();
		this.kafka.send(new ProducerRecord<>(SampleHappened.TOPIC, key, "{not json")).get();

		try (TopicReader deadLetters = TopicReader.of(DEAD_LETTERS)) {
			ConsumerRecord<String, String> dead = deadLetters
				.await((r) -> key.equals(r.key()), 1, Duration.ofSeconds(30))
				.getFirst();
			dead.headers()
				.forEach((h) -> System.err
					.println("HEADER " + h.key() + "=" + new String(h.value(), StandardCharsets.UTF_8)));
			assertThat(new String(dead.headers().lastHeader("kafka_original-topic").value(), StandardCharsets.UTF_8))
				.as("failed on the main topic, not after retries")
				.isEqualTo(SampleHappened.TOPIC);
		}
	}

	private int effects(UUID eventId) {
		return this.jdbc.sql("SELECT count(*) FROM sample_effects WHERE event_id = :id")
			.param("id", eventId)
			.query(Integer.class)
			.single();
	}

	private static String id() {
		return UUID.randomUUID().toString();
	}

}
