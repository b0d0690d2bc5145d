package com.jainshikanji.common.events;

import java.time.Instant;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

/**
 * What travels on Kafka: the event's identity and context around its payload.
 *
 * @param eventId unique per event; consumers deduplicate on it
 * @param type the {@link EventType#name() event name}
 * @param version the payload schema version
 * @param occurredAt when the state change committed (close enough: when it was recorded)
 * @param aggregateId what the event is about; also the Kafka key
 * @param traceparent the W3C trace context of the request that caused it, or {@code null}
 * @param payload the event record as JSON
 */
public record EventEnvelope(UUID eventId, String type, int version, Instant occurredAt, String aggregateId,
		String traceparent, JsonNode payload) {

	/** Whether this envelope carries the given event type. */
	public boolean is(Class<? extends IntegrationEvent> eventClass) {
		EventType annotation = eventClass.getAnnotation(EventType.class);
		return annotation != null && annotation.name().equals(this.type);
	}

	/**
	 * Whether this envelope carries one of the given event types. A listener asks it
	 * first, so that an event it does not act on costs no transaction and no inbox record
	 * (ignoring an event again on redelivery is harmless).
	 */
	@SafeVarargs
	public final boolean isOneOf(Class<? extends IntegrationEvent>... eventClasses) {
		for (Class<? extends IntegrationEvent> eventClass : eventClasses) {
			if (is(eventClass)) {
				return true;
			}
		}
		return false;
	}

}
