package com.jainshikanji.notification.directory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.web.client.HttpClientErrorException;

/**
 * A read of another service's public API, remembered for a while: notifications name
 * stores and products many times an hour, and those names rarely change. When the other
 * service is away (or its circuit breaker is open), the last answer is used however old,
 * and without one the caller falls back to a generic wording: a notification is never
 * held up by a name.
 */
final class CachedLookup<V> {

	private static final Logger log = LoggerFactory.getLogger(CachedLookup.class);

	/** Far more stores and products than the platform has; a bound all the same. */
	private static final int MAX_ENTRIES = 10_000;

	private final String what;

	private final Function<UUID, @Nullable V> fetch;

	private final CircuitBreaker breaker;

	private final Duration ttl;

	private final Clock clock;

	private final Map<UUID, Entry<V>> entries = new ConcurrentHashMap<>();

	CachedLookup(String what, Function<UUID, @Nullable V> fetch, CircuitBreaker breaker, Duration ttl, Clock clock) {
		this.what = what;
		this.fetch = fetch;
		this.breaker = breaker;
		this.ttl = ttl;
		this.clock = clock;
	}

	Optional<V> get(UUID id) {
		Instant now = this.clock.instant();
		Entry<V> cached = this.entries.get(id);
		if (cached != null && now.isBefore(cached.expiresAt())) {
			return Optional.ofNullable(cached.value());
		}
		try {
			V value = this.breaker.executeSupplier(() -> {
				try {
					return this.fetch.apply(id);
				}
				catch (HttpClientErrorException.NotFound ex) {
					return null;
				}
			});
			if (this.entries.size() >= MAX_ENTRIES) {
				this.entries.clear();
			}
			this.entries.put(id, new Entry<>(value, now.plus(this.ttl)));
			return Optional.ofNullable(value);
		}
		catch (RuntimeException ex) {
			log.warn("Could not look up {} {} ({}); using {}", this.what, id, ex.toString(),
					(cached != null) ? "what was known before" : "a generic wording");
			return (cached != null) ? Optional.ofNullable(cached.value()) : Optional.empty();
		}
	}

	private record Entry<V>(@Nullable V value, Instant expiresAt) {
	}

}
