package com.jainshikanji.common.testapp;

import com.jainshikanji.common.events.EventType;
import com.jainshikanji.common.events.IntegrationEvent;

/** An event whose topic name Kafka refuses (spaces are not allowed). */
@EventType(name = "MisroutedHappened", topic = "common-test.not a topic")
public record MisroutedHappened(String id) implements IntegrationEvent {

	@Override
	public String aggregateId() {
		return this.id;
	}

}
