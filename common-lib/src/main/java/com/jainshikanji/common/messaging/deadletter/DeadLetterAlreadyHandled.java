package com.jainshikanji.common.messaging.deadletter;

import java.util.Locale;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemType;

/** A dead letter is replayed or discarded once; a second replay would be a duplicate. */
@ProblemType(status = HttpStatus.CONFLICT, slug = "dead-letter-already-handled", title = "Dead letter already handled")
class DeadLetterAlreadyHandled extends RuntimeException {

	DeadLetterAlreadyHandled(long id, DeadLetterStatus status, String action) {
		super("Dead letter " + id + " is " + status.name().toLowerCase(Locale.ROOT) + "; only a new one can be "
				+ action);
	}

}
