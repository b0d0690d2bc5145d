package com.jainshikanji.common.messaging.deadletter;

import com.jainshikanji.common.messaging.AdminRequestRefused;

class DeadLetterNotFound extends AdminRequestRefused {

	DeadLetterNotFound(long id) {
		super(404, "dead-letter-not-found", "Dead letter not found", "No dead letter " + id);
	}

}
