package com.jainshikanji.common.testapp;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.jainshikanji.common.events.EventEnvelope;
import com.jainshikanji.common.events.EventJson;
import com.jainshikanji.common.messaging.inbox.ProcessedEvents;

/**
 * Applies each sample event once; a sample named "poison" always fails, a "sick-" one
 * until it is cured.
 */
@Component
class SampleListener {

	private final ProcessedEvents processedEvents;

	private final EventJson json;

	private final JdbcClient jdbc;

	private final Ailments ailments;

	SampleListener(ProcessedEvents processedEvents, EventJson json, JdbcClient jdbc, Ailments ailments) {
		this.processedEvents = processedEvents;
		this.json = json;
		this.jdbc = jdbc;
		this.ailments = ailments;
	}

	@KafkaListener(topics = SampleHappened.TOPIC)
	@Transactional
	void on(EventEnvelope envelope) {
		if (!this.processedEvents.markProcessed("sample-listener", envelope.eventId())) {
			return;
		}
		SampleHappened event = this.json.payload(envelope, SampleHappened.class);
		if ("poison".equals(event.name())) {
			throw new IllegalStateException("cannot digest " + event.id());
		}
		if (this.ailments.makesFail(event.name())) {
			throw new IllegalStateException("still sick: " + event.name());
		}
		this.jdbc.sql("INSERT INTO sample_effects (event_id, name) VALUES (:eventId, :name)")
			.param("eventId", envelope.eventId())
			.param("name", event.name())
			.update();
	}

}
