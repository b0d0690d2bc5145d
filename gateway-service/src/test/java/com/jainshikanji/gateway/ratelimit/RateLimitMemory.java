package com.jainshikanji.gateway.ratelimit;

import org.springframework.context.ApplicationContext;

/** What tests outside this package may do to a gateway's rate limiter. */
public final class RateLimitMemory {

	private RateLimitMemory() {
	}

	/**
	 * Makes the gateway ask Redis again for every bucket, as tests that empty Redis need.
	 */
	public static void forget(ApplicationContext gateway) {
		gateway.getBeanProvider(TokenBucket.class).ifAvailable(TokenBucket::forgetEmptyBuckets);
	}

}
