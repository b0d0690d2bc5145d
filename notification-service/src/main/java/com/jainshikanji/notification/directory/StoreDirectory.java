package com.jainshikanji.notification.directory;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.UUID;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.jspecify.annotations.Nullable;

import org.springframework.web.client.RestClient;

/**
 * Stores' names, phones and time zones, from the store service's public API (read, cached
 * for a while, kept when the service is away): the order events name the store by id
 * only. See ADR 0011 for why a cached read rather than a copy kept from events.
 */
public class StoreDirectory {

	private final CachedLookup<StoreInfo> stores;

	public StoreDirectory(RestClient client, CircuitBreaker breaker, Duration ttl, Clock clock) {
		this.stores = new CachedLookup<>("store",
				(id) -> toInfo(client.get().uri("/api/v1/stores/{storeId}", id).retrieve().body(StoreBody.class)),
				breaker, ttl, clock);
	}

	/**
	 * The store, or {@link StoreInfo#UNKNOWN} when it cannot be told (or no event named
	 * it yet).
	 */
	public StoreInfo store(@Nullable UUID storeId) {
		return (storeId != null) ? this.stores.get(storeId).orElse(StoreInfo.UNKNOWN) : StoreInfo.UNKNOWN;
	}

	private static @Nullable StoreInfo toInfo(@Nullable StoreBody body) {
		if (body == null || body.name() == null) {
			return null;
		}
		ZoneId zone;
		try {
			zone = (body.timeZone() != null) ? ZoneId.of(body.timeZone()) : StoreInfo.UNKNOWN.timeZone();
		}
		catch (DateTimeException ex) {
			zone = StoreInfo.UNKNOWN.timeZone();
		}
		return new StoreInfo(body.name(), (body.contact() != null) ? body.contact().phone() : null, zone,
				body.estimatedPreparationMinutes());
	}

	/** The parts of the store service's store response read here. */
	record StoreBody(@Nullable String name, @Nullable ContactBody contact, @Nullable String timeZone,
			@Nullable Integer estimatedPreparationMinutes) {
	}

	record ContactBody(@Nullable String phone) {
	}

}
