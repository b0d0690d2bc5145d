package com.jainshikanji.customer.identity;

import java.time.Duration;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemExtensions;
import com.jainshikanji.common.web.ProblemType;

/**
 * A signed-in customer asked for more verification links within an hour than allowed;
 * {@code Retry-After} says when the next one may be sent.
 */
@ProblemType(status = HttpStatus.TOO_MANY_REQUESTS, slug = "too-many-account-emails",
		title = "Too many emails asked for")
class TooManyAccountEmails extends RuntimeException implements ProblemExtensions {

	private final Duration retryAfter;

	TooManyAccountEmails(Duration retryAfter) {
		super("Too many verification emails were sent to this account recently; try again later");
		this.retryAfter = retryAfter.isPositive() ? retryAfter : Duration.ofSeconds(1);
	}

	@Override
	public HttpHeaders problemHeaders() {
		HttpHeaders headers = new HttpHeaders();
		long seconds = this.retryAfter.toSeconds() + ((this.retryAfter.toNanosPart() > 0) ? 1 : 0);
		headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
		return headers;
	}

}
