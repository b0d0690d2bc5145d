package com.jainshikanji.common.messaging.deadletter;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemExtensions;
import com.jainshikanji.common.web.ProblemType;

/**
 * Kafka did not take the replayed record; the dead letter stays new, to be tried again.
 */
@ProblemType(status = HttpStatus.SERVICE_UNAVAILABLE, slug = "replay-failed", title = "Replay failed")
class ReplayFailed extends RuntimeException implements ProblemExtensions {

	ReplayFailed(long id, String topic, Throwable cause) {
		super("Kafka did not take dead letter " + id + " for " + topic + "; it is still new, try again later");
		initCause(cause);
	}

	@Override
	public HttpHeaders problemHeaders() {
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.RETRY_AFTER, "5");
		return headers;
	}

}
