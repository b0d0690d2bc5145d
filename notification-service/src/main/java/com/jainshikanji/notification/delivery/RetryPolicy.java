package com.jainshikanji.notification.delivery;

import java.time.Duration;

/**
 * How failed attempts are retried: the n-th retry waits {@code initialBackoff ×
 * multiplier^(n-1)}, at most {@code maxBackoff}, plus up to a tenth more so that
 * deliveries failed by one outage do not all come back at once.
 *
 * @param maxAttempts attempts in all, the first included
 */
record RetryPolicy(int maxAttempts, Duration initialBackoff, double multiplier, Duration maxBackoff) {

	RetryPolicy {
		if (maxAttempts < 1 || !initialBackoff.isPositive() || multiplier < 1
				|| maxBackoff.compareTo(initialBackoff) < 0) {
			throw new IllegalArgumentException("Not a retry policy: " + maxAttempts + " attempts, " + initialBackoff
					+ " × " + multiplier + " up to " + maxBackoff);
		}
	}

	/**
	 * The wait after the given failed attempt.
	 * @param attempt 1 for the first attempt
	 * @param jitter between 0 and 1
	 */
	Duration backoffAfter(int attempt, double jitter) {
		double millis = this.initialBackoff.toMillis() * Math.pow(this.multiplier, Math.max(0, attempt - 1));
		double capped = Math.min(millis, this.maxBackoff.toMillis());
		return Duration.ofMillis(Math.round(capped * (1 + 0.1 * Math.clamp(jitter, 0, 1))));
	}

}
