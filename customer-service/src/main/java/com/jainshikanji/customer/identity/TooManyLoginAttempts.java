package com.jainshikanji.customer.identity;

import java.time.Duration;

public class TooManyLoginAttempts extends RuntimeException {

	private final Duration retryAfter;

	TooManyLoginAttempts(Duration retryAfter) {
		super("Too many failed login attempts; try again later");
		this.retryAfter = retryAfter;
	}

	/** How long until a login may be tried again (at least a second). */
	public Duration retryAfter() {
		return this.retryAfter.isNegative() || this.retryAfter.isZero() ? Duration.ofSeconds(1) : this.retryAfter;
	}

}
