package com.jainshikanji.customer.identity;

import java.time.Duration;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemExtensions;
import com.jainshikanji.common.web.ProblemType;

/**
 * Logins for this account or from this client are refused for now, whatever the password;
 * {@code Retry-After} says for how long.
 */
@ProblemType(status = HttpStatus.TOO_MANY_REQUESTS, slug = "too-many-requests", title = "Too many login attempts")
class TooManyLoginAttempts extends RuntimeException implements ProblemExtensions {

	private final Duration retryAfter;

	TooManyLoginAttempts(Duration retryAfter) {
		super("Too many failed login attempts; try again later");
		this.retryAfter = retryAfter;
	}

	/** How long until a login may be tried again (at least a second). */
	Duration retryAfter() {
		return this.retryAfter.isNegative() || this.retryAfter.isZero() ? Duration.ofSeconds(1) : this.retryAfter;
	}

	@Override
	public HttpHeaders problemHeaders() {
		HttpHeaders headers = new HttpHeaders();
		// Rounded up, so a client that waits exactly this long is let in.
		long seconds = retryAfter().toSeconds() + ((retryAfter().toNanosPart() > 0) ? 1 : 0);
		headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
		return headers;
	}

}
