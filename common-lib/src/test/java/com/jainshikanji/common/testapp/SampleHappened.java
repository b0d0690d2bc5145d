package com.jainshikanji.common.testapp;

import com.jainshikanji.common.events.EventType;
import com.jainshikanji.common.events.IntegrationEvent;

@EventType(name = "SampleHappened", topic = SampleHappened.TOPIC)
public record SampleHappened(String id, String name) implements IntegrationEvent {

	public static final String TOPIC = "common-test.samples";

	@Override
	public String aggregateId() {
		return this.id;
	}

}
