package com.jainshikanji.gateway.ratelimit;

import java.time.Duration;
import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * A token bucket per key in Redis, updated atomically by a Lua script using Redis' own
 * clock, so every gateway instance draws from the same bucket. A bucket holds
 * {@code capacity} tokens and refills at capacity per window. A bucket Redis found empty
 * is not asked again until its next token is due ({@link EmptyBuckets}).
 */
@Component
class TokenBucket {

	private static final RedisScript<List<Long>> TAKE = RedisScript.of("""
			local key = KEYS[1]
			local capacity = tonumber(ARGV[1])
			local refill_per_ms = tonumber(ARGV[2])
			local time = redis.call('TIME')
			local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
			local state = redis.call('HMGET', key, 'tokens', 'ts')
			local tokens = tonumber(state[1])
			local last = tonumber(state[2])
			if tokens == nil or last == nil then
			  tokens = capacity
			  last = now
			end
			tokens = math.min(capacity, tokens + math.max(0, now - last) * refill_per_ms)
			local allowed = 0
			local wait_ms = 0
			if tokens >= 1 then
			  tokens = tokens - 1
			  allowed = 1
			else
			  wait_ms = math.ceil((1 - tokens) / refill_per_ms)
			end
			redis.call('HSET', key, 'tokens', tostring(tokens), 'ts', now)
			redis.call('PEXPIRE', key, math.ceil(capacity / refill_per_ms) + 1000)
			return { allowed, math.floor(tokens), wait_ms }
			""", (Class<List<Long>>) (Class<?>) List.class);

	private final ReactiveStringRedisTemplate redis;

	private final EmptyBuckets empty = new EmptyBuckets();

	TokenBucket(ReactiveStringRedisTemplate redis) {
		this.redis = redis;
	}

	/** Takes one token from the key's bucket, if there is one. */
	Mono<Outcome> take(String key, int capacity, Duration window) {
		Duration stillEmpty = this.empty.emptyFor(key);
		if (stillEmpty != null) {
			return Mono.just(new Outcome(false, 0, stillEmpty));
		}
		long askedAt = this.empty.now();
		double refillPerMilli = capacity / (double) window.toMillis();
		return this.redis.execute(TAKE, List.of(key), List.of(String.valueOf(capacity), String.valueOf(refillPerMilli)))
			.next()
			.map((result) -> {
				Outcome outcome = new Outcome(result.get(0) == 1L, result.get(1), Duration.ofMillis(result.get(2)));
				if (!outcome.allowed()) {
					this.empty.empty(key, askedAt, outcome.retryAfter());
				}
				return outcome;
			});
	}

	/**
	 * Forgets which buckets were empty: the next request of each asks Redis again. For
	 * tests that empty Redis between cases, and so start every bucket full.
	 */
	void forgetEmptyBuckets() {
		this.empty.forget();
	}

	/**
	 * @param allowed whether the request may go on
	 * @param remaining tokens left in the bucket
	 * @param retryAfter when a token will be available again, if none was
	 */
	record Outcome(boolean allowed, long remaining, Duration retryAfter) {
	}

}
