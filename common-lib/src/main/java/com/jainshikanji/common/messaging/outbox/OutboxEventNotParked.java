package com.jainshikanji.common.messaging.outbox;

import java.util.Locale;

import com.jainshikanji.common.messaging.AdminRequestRefused;

/** Only a parked event can be retried or discarded. */
class OutboxEventNotParked extends AdminRequestRefused {

	OutboxEventNotParked(long id, OutboxEvent.Status status, String action) {
		super(409, "outbox-event-not-parked", "Outbox event not parked", "Outbox event " + id + " is "
				+ status.name().toLowerCase(Locale.ROOT) + "; only a parked event can be " + action);
	}

}
