package com.jainshikanji.common.events;

import java.time.Instant;
import java.util.UUID;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON for events, independent of any service's web configuration: a tolerant reader
 * (unknown fields are ignored, so publishers can add fields without breaking consumers)
 * and ISO-8601 timestamps.
 */
public final class EventJson {

	private final JsonMapper mapper;

	public EventJson() {
		this.mapper = JsonMapper.builder()
			.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
			.disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
			.build();
	}

	public JsonMapper mapper() {
		return this.mapper;
	}

	/** Wraps an event in a new envelope. */
	public EventEnvelope envelope(IntegrationEvent event, Instant occurredAt, String traceparent) {
		EventType type = typeOf(event.getClass());
		return new EventEnvelope(UUID.randomUUID(), type.name(), type.version(), occurredAt, event.aggregateId(),
				traceparent, this.mapper.valueToTree(event));
	}

	public String write(EventEnvelope envelope) {
		return this.mapper.writeValueAsString(envelope);
	}

	public EventEnvelope read(String json) {
		return this.mapper.readValue(json, EventEnvelope.class);
	}

	/** The payload as the given event record. */
	public <T extends IntegrationEvent> T payload(EventEnvelope envelope, Class<T> eventClass) {
		if (!envelope.is(eventClass)) {
			throw new IllegalArgumentException("Envelope " + envelope.eventId() + " holds " + envelope.type() + ", not "
					+ eventClass.getSimpleName());
		}
		return this.mapper.treeToValue(envelope.payload(), eventClass);
	}

	/** The {@link EventType} of an event class, which every published event must have. */
	public static EventType typeOf(Class<?> eventClass) {
		EventType type = eventClass.getAnnotation(EventType.class);
		if (type == null) {
			throw new IllegalArgumentException(eventClass.getName() + " is not annotated with @EventType");
		}
		return type;
	}

}
