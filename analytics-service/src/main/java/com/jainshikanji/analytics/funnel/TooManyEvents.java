package com.jainshikanji.analytics.funnel;

import java.time.Duration;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemExtensions;
import com.jainshikanji.common.web.ProblemType;

/** A sender spent its budget of events for now. */
@ProblemType(status = HttpStatus.TOO_MANY_REQUESTS, slug = "too-many-events", title = "Too many events")
class TooManyEvents extends RuntimeException implements ProblemExtensions {

	private final long retryAfterSeconds;

	TooManyEvents(Duration retryAfter) {
		super("Too many events from this sender; try again in a moment");
		this.retryAfterSeconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
	}

	@Override
	public HttpHeaders problemHeaders() {
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(this.retryAfterSeconds));
		return headers;
	}

}
