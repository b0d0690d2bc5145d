package com.jainshikanji.common.messaging.outbox;

import java.util.Locale;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemType;

/** Only a parked event can be retried or discarded. */
@ProblemType(status = HttpStatus.CONFLICT, slug = "outbox-event-not-parked", title = "Outbox event not parked")
class OutboxEventNotParked extends RuntimeException {

	OutboxEventNotParked(long id, OutboxEvent.Status status, String action) {
		super("Outbox event " + id + " is " + status.name().toLowerCase(Locale.ROOT) + "; only a parked event can be "
				+ action);
	}

}
