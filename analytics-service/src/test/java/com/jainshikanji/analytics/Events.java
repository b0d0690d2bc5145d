package com.jainshikanji.analytics;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;

import com.jainshikanji.analytics.facts.Facts;
import com.jainshikanji.common.events.EventEnvelope;
import com.jainshikanji.common.events.EventJson;
import com.jainshikanji.common.events.IntegrationEvent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Plays the other services: publishes their events on their topics with the common-lib
 * contracts, keyed by aggregate as they do, and publishes an envelope again as Kafka does
 * when it redelivers.
 */
final class Events {

	private final KafkaTemplate<String, String> kafka;

	private final EventJson json;

	Events(KafkaTemplate<String, String> kafka, EventJson json) {
		this.kafka = kafka;
		this.json = json;
	}

	EventEnvelope publish(IntegrationEvent event) {
		EventEnvelope envelope = this.json.envelope(event, Instant.now(), null);
		send(envelope, EventJson.typeOf(event.getClass()).topic());
		return envelope;
	}

	/** The same envelope (same event id) once more, as a redelivery. */
	void redeliver(EventEnvelope envelope, Class<? extends IntegrationEvent> type) {
		send(envelope, EventJson.typeOf(type).topic());
	}

	/**
	 * Publishes the events of one store's orders (each twice if asked) and waits until
	 * analytics applied them all and recomputed the store's rollups since.
	 */
	void play(JdbcClient jdbc, UUID store, List<IntegrationEvent> events, boolean redeliver) {
		List<UUID> ids = new ArrayList<>();
		for (IntegrationEvent event : events) {
			EventEnvelope envelope = publish(event);
			ids.add(envelope.eventId());
			if (redeliver) {
				redeliver(envelope, event.getClass());
			}
		}
		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			assertThat(jdbc.sql("""
					SELECT count(*) FROM messaging.processed_event WHERE consumer = :consumer AND event_id IN (:ids)
					""").param("consumer", Facts.CONSUMER).param("ids", ids).query(Integer.class).single())
				.as("events applied")
				.isEqualTo(ids.size());
			assertThat(jdbc.sql("SELECT count(*) FROM stale_rollups WHERE store_id = :store")
				.param("store", store)
				.query(Integer.class)
				.single()).as("store-days left to recompute").isZero();
		});
	}

	private void send(EventEnvelope envelope, String topic) {
		try {
			this.kafka.send(topic, envelope.aggregateId(), this.json.write(envelope)).get();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
