package com.jainshikanji.gateway.ratelimit;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import org.jspecify.annotations.Nullable;

/**
 * The buckets Redis last found empty, each until the moment Redis said its next token
 * comes, so that a client hammering a spent budget is refused here instead of costing a
 * Redis round trip per request.
 * <p>
 * Never refuses what Redis would accept: a bucket only gains tokens with time (requests
 * through other gateway instances only take them), and the moment is counted from when
 * this instance asked, which is no later than when Redis answered. The cost is the other
 * way: a bucket emptied by hand in Redis, or a limit raised, takes effect here up to one
 * token's interval later (60 s divided by the per-minute limit).
 */
final class EmptyBuckets {

	/**
	 * Beyond this many remembered buckets the expired ones are dropped, and if that
	 * leaves more than three quarters of them, all: forgetting only means asking Redis
	 * again, and a scan of the map then comes at most once per quarter of it added, never
	 * on every refusal of a flood of new clients.
	 */
	static final int LIMIT = 100_000;

	private final ConcurrentHashMap<String, Long> emptyUntil = new ConcurrentHashMap<>();

	private final LongSupplier nanoClock;

	EmptyBuckets() {
		this(System::nanoTime);
	}

	EmptyBuckets(LongSupplier nanoClock) {
		this.nanoClock = nanoClock;
	}

	/** The time on {@link #now()}'s clock, to pass to {@link #empty} later. */
	long now() {
		return this.nanoClock.getAsLong();
	}

	/**
	 * How long the key's bucket is still empty, or {@code null} if it may hold a token.
	 */
	@Nullable Duration emptyFor(String key) {
		Long until = this.emptyUntil.get(key);
		if (until == null) {
			return null;
		}
		long left = until - now();
		if (left <= 0) {
			this.emptyUntil.remove(key, until);
			return null;
		}
		return Duration.ofNanos(left);
	}

	/**
	 * Redis refused a token of the key's bucket, asked at {@code askedAt}
	 * ({@link #now()}), saying the next comes after {@code wait}.
	 */
	void empty(String key, long askedAt, Duration wait) {
		if (this.emptyUntil.size() >= LIMIT) {
			long now = now();
			this.emptyUntil.values().removeIf((until) -> until - now <= 0);
			if (this.emptyUntil.size() > LIMIT / 4 * 3) {
				this.emptyUntil.clear();
			}
		}
		this.emptyUntil.merge(key, askedAt + wait.toNanos(), Math::max);
	}

	/** Forgets every bucket, as if none had been refused yet. */
	void forget() {
		this.emptyUntil.clear();
	}

	int size() {
		return this.emptyUntil.size();
	}

}
