package com.jainshikanji.analytics.funnel;

import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * A token bucket per sender: {@code perMinute} events a minute, refilled continuously,
 * bursts up to a minute's worth. Kept in this instance's memory: the gateway already
 * limits every client's requests across instances (in Redis); this only stops one sender
 * from filling the funnel table through a public endpoint, for which a per-instance
 * budget is enough. Full buckets are forgotten after a while, so the map holds only
 * senders seen lately, and never more than {@code maxSenders}.
 */
@Component
class EventRateLimiter {

	private final FunnelProperties properties;

	private final Clock clock;

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	EventRateLimiter(FunnelProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Takes one event from the sender's budget.
	 * @throws TooManyEvents (429, Retry-After) when the budget is spent
	 */
	void acquire(String sender) {
		if (this.buckets.size() >= this.properties.maxSenders() && !this.buckets.containsKey(sender)) {
			forgetIdle();
		}
		long now = this.clock.millis();
		Bucket bucket = this.buckets.computeIfAbsent(sender, (key) -> new Bucket(this.properties.perMinute(), now));
		long waitMillis = bucket.take(now, this.properties.perMinute());
		if (waitMillis > 0) {
			throw new TooManyEvents(Duration.ofMillis(waitMillis));
		}
	}

	@Scheduled(fixedDelay = 60_000, initialDelay = 60_000)
	void forgetIdle() {
		long now = this.clock.millis();
		for (Iterator<Bucket> it = this.buckets.values().iterator(); it.hasNext();) {
			if (it.next().isFullAt(now, this.properties.perMinute())) {
				it.remove();
			}
		}
	}

	private static final class Bucket {

		private double tokens;

		private long updatedAt;

		Bucket(int capacity, long now) {
			this.tokens = capacity;
			this.updatedAt = now;
		}

		/**
		 * @return 0 when a token was taken, otherwise how long until one is there
		 */
		synchronized long take(long now, int perMinute) {
			refill(now, perMinute);
			if (this.tokens >= 1) {
				this.tokens -= 1;
				return 0;
			}
			return (long) Math.ceil((1 - this.tokens) * 60_000 / perMinute);
		}

		synchronized boolean isFullAt(long now, int perMinute) {
			refill(now, perMinute);
			return this.tokens >= perMinute;
		}

		private void refill(long now, int perMinute) {
			this.tokens = Math.min(perMinute, this.tokens + (now - this.updatedAt) * perMinute / 60_000.0);
			this.updatedAt = now;
		}

	}

}
