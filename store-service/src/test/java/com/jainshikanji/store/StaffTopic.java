package com.jainshikanji.store;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.jainshikanji.common.events.EventEnvelope;
import com.jainshikanji.common.events.EventJson;
import com.jainshikanji.common.events.Topics;
import com.jainshikanji.common.events.store.StaffAssigned;
import com.jainshikanji.common.events.store.StaffUnassigned;
import com.jainshikanji.testsupport.kafka.TopicReader;

import static org.assertj.core.api.Assertions.assertThat;

/** What the service really published about staff, read back from Kafka user by user. */
final class StaffTopic {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private final EventJson json;

	StaffTopic(EventJson json) {
		this.json = json;
	}

	/**
	 * The user's first {@code count} events, in order; fails unless they arrive, or if
	 * more than that are in when the last of them is.
	 */
	List<EventEnvelope> eventsOf(UUID userId, int count) {
		try (TopicReader reader = TopicReader.of(Topics.STORE)) {
			List<EventEnvelope> events = reader.await((r) -> userId.toString().equals(r.key()), count, TIMEOUT)
				.stream()
				.map((record) -> this.json.read(record.value()))
				.toList();
			assertThat(events).hasSize(count);
			return events;
		}
	}

	/** The same events as StaffAssigned and StaffUnassigned. */
	List<Object> membershipEventsOf(UUID userId, int count) {
		return eventsOf(userId, count).stream().map(this::payload).toList();
	}

	private Object payload(EventEnvelope event) {
		return switch (event.type()) {
			case "StaffAssigned" -> this.json.payload(event, StaffAssigned.class);
			case "StaffUnassigned" -> this.json.payload(event, StaffUnassigned.class);
			default -> throw new AssertionError("Not a staff event: " + event.type());
		};
	}

}
