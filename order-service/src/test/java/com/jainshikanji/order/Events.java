package com.jainshikanji.order;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;

import com.jainshikanji.common.events.EventEnvelope;
import com.jainshikanji.common.events.EventJson;
import com.jainshikanji.common.events.EventType;
import com.jainshikanji.common.events.IntegrationEvent;
import com.jainshikanji.testsupport.kafka.TopicReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Publishes other services' events as they would, and watches what the order service does
 * with them: its orders' state, and what it publishes.
 */
final class Events {

	private final KafkaTemplate<String, String> kafka;

	private final EventJson json;

	private final JdbcClient jdbc;

	Events(KafkaTemplate<String, String> kafka, EventJson json, JdbcClient jdbc) {
		this.kafka = kafka;
		this.json = json;
		this.jdbc = jdbc;
	}

	EventEnvelope envelope(IntegrationEvent event) {
		return this.json.envelope(event, Instant.now(), null);
	}

	/** Publishes the event in a new envelope, and answers the envelope. */
	EventEnvelope publish(IntegrationEvent event) {
		EventEnvelope envelope = envelope(event);
		publish(envelope, EventJson.typeOf(event.getClass()).topic());
		return envelope;
	}

	/** Publishes an envelope (again: a redelivery). */
	void publish(EventEnvelope envelope, String topic) {
		try {
			this.kafka.send(topic, envelope.aggregateId(), this.json.write(envelope)).get();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The order's status and payment status, once they are as expected. */
	void awaitOrder(Object orderId, String status, String paymentStatus) {
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(state(orderId)).containsEntry("status", status)
				.containsEntry("payment_status", paymentStatus));
	}

	Map<String, Object> state(Object orderId) {
		return this.jdbc.sql("SELECT status, payment_status, payment_id FROM orders WHERE id = :id")
			.param("id", UUID.fromString(orderId.toString()))
			.query()
			.singleRow();
	}

	/** The events of this type the service stored for the order (in its outbox). */
	int published(Object orderId, Class<? extends IntegrationEvent> type) {
		return this.jdbc
			.sql("SELECT count(*) FROM messaging.event_outbox WHERE message_key = :key AND event_type = :type")
			.param("key", orderId.toString())
			.param("type", type.getAnnotation(EventType.class).name())
			.query(Integer.class)
			.single();
	}

	/** Waits until Kafka has the order's event of this type, and reads it. */
	static String readFromKafka(Object orderId, Class<? extends IntegrationEvent> type) {
		String name = "\"type\":\"" + type.getAnnotation(EventType.class).name() + "\"";
		try (TopicReader reader = TopicReader.of(type.getAnnotation(EventType.class).topic())) {
			List<ConsumerRecord<String, String>> records = reader.await(
					(record) -> orderId.toString().equals(record.key()) && record.value().contains(name), 1,
					Duration.ofSeconds(30));
			return records.getFirst().value();
		}
	}

}
