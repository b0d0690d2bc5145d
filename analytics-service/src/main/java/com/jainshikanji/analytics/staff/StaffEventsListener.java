package com.jainshikanji.analytics.staff;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.jainshikanji.common.events.EventEnvelope;
import com.jainshikanji.common.events.EventJson;
import com.jainshikanji.common.events.Topics;
import com.jainshikanji.common.events.store.StaffAssigned;
import com.jainshikanji.common.events.store.StaffUnassigned;
import com.jainshikanji.common.messaging.inbox.ProcessedEvents;

/**
 * Keeps the {@link StaffRoster} in step with the store service's StaffAssigned and
 * StaffUnassigned events.
 */
@Component
class StaffEventsListener {

	static final String CONSUMER = "analytics-service.staff";

	private static final Logger log = LoggerFactory.getLogger(StaffEventsListener.class);

	private final ProcessedEvents processedEvents;

	private final EventJson json;

	private final StaffRoster roster;

	StaffEventsListener(ProcessedEvents processedEvents, EventJson json, StaffRoster roster) {
		this.processedEvents = processedEvents;
		this.json = json;
		this.roster = roster;
	}

	@KafkaListener(topics = Topics.STORE)
	@Transactional
	void on(EventEnvelope event) {
		if (!event.isOneOf(StaffAssigned.class, StaffUnassigned.class)
				|| !this.processedEvents.markProcessed(CONSUMER, event.eventId())) {
			return;
		}
		boolean applied;
		if (event.is(StaffAssigned.class)) {
			StaffAssigned assigned = this.json.payload(event, StaffAssigned.class);
			applied = this.roster.assigned(assigned.userId(), assigned.storeId(), assigned.staffId(), assigned.role(),
					assigned.revision());
		}
		else {
			StaffUnassigned unassigned = this.json.payload(event, StaffUnassigned.class);
			applied = this.roster.unassigned(unassigned.userId(), unassigned.storeId(), unassigned.staffId(),
					unassigned.revision());
		}
		if (!applied) {
			log.info("{} {} is older than the membership already kept; ignored", event.type(), event.eventId());
		}
	}

}
