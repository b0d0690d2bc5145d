package com.jainshikanji.common.messaging.deadletter;

import java.util.Locale;

import com.jainshikanji.common.messaging.AdminRequestRefused;

/** A dead letter is replayed or discarded once; a second replay would be a duplicate. */
class DeadLetterAlreadyHandled extends AdminRequestRefused {

	DeadLetterAlreadyHandled(long id, DeadLetterStatus status, String action) {
		super(409, "dead-letter-already-handled", "Dead letter already handled", "Dead letter " + id + " is "
				+ status.name().toLowerCase(Locale.ROOT) + "; only a new one can be " + action);
	}

}
