package com.jainshikanji.notification;

import java.time.Instant;

import org.springframework.kafka.core.KafkaTemplate;

import com.jainshikanji.common.events.EventEnvelope;
import com.jainshikanji.common.events.EventJson;
import com.jainshikanji.common.events.IntegrationEvent;

/**
 * Plays the other services: publishes their events on their topics with the common-lib
 * contracts, as they do, and can deliver an envelope again, as Kafka may.
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
		redeliver(envelope, EventJson.typeOf(event.getClass()).topic());
		return envelope;
	}

	/** The same envelope (same event id) once more, as a redelivery would bring it. */
	void redeliver(EventEnvelope envelope, String topic) {
		try {
			this.kafka.send(topic, envelope.aggregateId(), this.json.write(envelope)).get();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
