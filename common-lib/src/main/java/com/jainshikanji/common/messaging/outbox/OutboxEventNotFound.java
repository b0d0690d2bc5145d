package com.jainshikanji.common.messaging.outbox;

import com.jainshikanji.common.messaging.AdminRequestRefused;

/** No outbox event with that id (it may have been cleaned up after its retention). */
class OutboxEventNotFound extends AdminRequestRefused {

	OutboxEventNotFound(long id) {
		super(404, "outbox-event-not-found", "Outbox event not found", "No outbox event " + id);
	}

}
