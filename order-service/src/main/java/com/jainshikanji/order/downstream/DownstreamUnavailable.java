package com.jainshikanji.order.downstream;

import java.time.Duration;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemExtensions;
import com.jainshikanji.common.web.ProblemType;

/**
 * A service this request needs did not answer in time, answered with a server error, or
 * has been failing so often that its circuit breaker stopped calling it. The client may
 * try again after {@code Retry-After} seconds; nothing was left behind.
 */
@ProblemType(status = HttpStatus.SERVICE_UNAVAILABLE, slug = "service-unavailable",
		title = "A service this request needs is unavailable")
public class DownstreamUnavailable extends RuntimeException implements ProblemExtensions {

	private final Duration retryAfter;

	public DownstreamUnavailable(String service, String why, Duration retryAfter, Throwable cause) {
		super("The " + service + " service " + why + "; try again in " + Math.max(1, retryAfter.toSeconds()) + " s",
				cause);
		this.retryAfter = retryAfter;
	}

	@Override
	public HttpHeaders problemHeaders() {
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, this.retryAfter.toSeconds())));
		return headers;
	}

}
