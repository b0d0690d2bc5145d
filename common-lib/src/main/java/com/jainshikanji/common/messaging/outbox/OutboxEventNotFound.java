package com.jainshikanji.common.messaging.outbox;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemType;

/** No outbox event with that id (it may have been cleaned up after its retention). */
@ProblemType(status = HttpStatus.NOT_FOUND, slug = "outbox-event-not-found", title = "Outbox event not found")
class OutboxEventNotFound extends RuntimeException {

	OutboxEventNotFound(long id) {
		super("No outbox event " + id);
	}

}
