package com.jainshikanji.notification.listener;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.jainshikanji.common.events.EventEnvelope;
import com.jainshikanji.common.events.EventJson;
import com.jainshikanji.common.events.Topics;
import com.jainshikanji.common.events.store.StaffAssigned;
import com.jainshikanji.common.events.store.StaffUnassigned;
import com.jainshikanji.common.messaging.inbox.ProcessedEvents;
import com.jainshikanji.notification.directory.StoreManagers;

/** Who manages which store, for stock alerts; each event once, newest revision wins. */
@Component
class StoreEventsListener {

	static final String CONSUMER = "notification-service.stores";

	private final ProcessedEvents processedEvents;

	private final EventJson json;

	private final StoreManagers managers;

	StoreEventsListener(ProcessedEvents processedEvents, EventJson json, StoreManagers managers) {
		this.processedEvents = processedEvents;
		this.json = json;
		this.managers = managers;
	}

	@KafkaListener(topics = Topics.STORE)
	@Transactional
	void on(EventEnvelope event) {
		if (!event.isOneOf(StaffAssigned.class, StaffUnassigned.class)
				|| !this.processedEvents.markProcessed(CONSUMER, event.eventId())) {
			return;
		}
		if (event.is(StaffAssigned.class)) {
			StaffAssigned assigned = this.json.payload(event, StaffAssigned.class);
			this.managers.assigned(assigned.userId(), assigned.storeId(), assigned.role(), assigned.revision());
		}
		else if (event.is(StaffUnassigned.class)) {
			StaffUnassigned unassigned = this.json.payload(event, StaffUnassigned.class);
			this.managers.unassigned(unassigned.userId(), unassigned.storeId(), unassigned.revision());
		}
	}

}
