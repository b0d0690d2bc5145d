package com.jainshikanji.analytics;

import java.time.Instant;

import org.springframework.kafka.core.KafkaTemplate;

import com.jainshikanji.common.events.EventEnvelope;
import com.jainshikanji.common.events.EventJson;
import com.jainshikanji.common.events.IntegrationEvent;

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

	private void send(EventEnvelope envelope, String topic) {
		try {
			this.kafka.send(topic, envelope.aggregateId(), this.json.write(envelope)).get();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
