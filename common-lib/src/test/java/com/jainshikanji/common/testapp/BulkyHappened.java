package com.jainshikanji.common.testapp;

import com.jainshikanji.common.events.EventType;
import com.jainshikanji.common.events.IntegrationEvent;

/** An event for a topic that only takes small messages. */
@EventType(name = "BulkyHappened", topic = BulkyHappened.TOPIC)
public record BulkyHappened(String id, String text) implements IntegrationEvent {

	public static final String TOPIC = "common-test.small-messages";

	@Override
	public String aggregateId() {
		return this.id;
	}

}
