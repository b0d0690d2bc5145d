package com.jainshikanji.common.messaging.deadletter;

import com.jainshikanji.common.messaging.AdminRequestRefused;

/**
 * Kafka did not take the replayed record; the dead letter stays new, to be tried again.
 */
class ReplayFailed extends AdminRequestRefused {

	ReplayFailed(long id, String topic, Throwable cause) {
		super(503, "replay-failed", "Replay failed",
				"Kafka did not take dead letter " + id + " for " + topic + "; it is still new, try again later");
		initCause(cause);
	}

}
