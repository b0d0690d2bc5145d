package com.jainshikanji.inventory.stores;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import com.jainshikanji.common.web.DownstreamFailures;

/**
 * The store service, which owns the stores, as the inventory asks it whether one exists:
 * its public {@code GET /api/v1/stores/{id}} (open to everyone, so asked without a token;
 * examples in {@code src/test/resources/contracts/store}). A read, so retried once where
 * a second attempt may help at once; behind a circuit breaker, so a store service that
 * keeps failing is given a rest instead of a timeout per request.
 *
 * <p>
 * Stores are never deleted, only deactivated, so a store found once is remembered for the
 * life of this instance and never asked about again: the set holds real stores only, a
 * few hundred ids at most. A store not found is asked about again next time, as it may
 * have been created since.
 */
public class StoreClient {

	private static final Logger log = LoggerFactory.getLogger(StoreClient.class);

	/** The slug of the store service's problem for a store it does not know. */
	private static final String STORE_NOT_FOUND = "store-not-found";

	private final RestClient stores;

	private final CircuitBreaker breaker;

	private final Retry retry;

	private final Duration openDuration;

	private final Set<UUID> known = ConcurrentHashMap.newKeySet();

	/**
	 * @param openDuration how long the open breaker refuses calls, which the 503 tells
	 * the client to wait
	 */
	public StoreClient(RestClient stores, CircuitBreaker breaker, Retry retry, Duration openDuration) {
		this.stores = stores;
		this.breaker = breaker;
		this.retry = retry;
		this.openDuration = openDuration;
	}

	/**
	 * Refuses a store the store service does not know (active or deactivated, it knows
	 * every store it ever had).
	 * @throws StoreNotFound when there is no such store (404 {@code store-not-found})
	 * @throws StoreServiceUnavailable when the store service cannot say now (503)
	 */
	public void requireExists(UUID storeId) {
		if (this.known.contains(storeId)) {
			return;
		}
		boolean exists;
		try {
			exists = Retry
				.decorateSupplier(this.retry, CircuitBreaker.decorateSupplier(this.breaker, () -> exists(storeId)))
				.get();
		}
		catch (CallNotPermittedException ex) {
			throw unavailable(storeId, "is failing and is given a rest", this.openDuration, ex);
		}
		catch (RestClientException ex) {
			throw unavailable(storeId, DownstreamFailures.why(ex), Duration.ofSeconds(1), ex);
		}
		if (!exists) {
			throw new StoreNotFound(storeId);
		}
		this.known.add(storeId);
	}

	private boolean exists(UUID storeId) {
		try {
			this.stores.get().uri("/api/v1/stores/{id}", storeId).retrieve().toBodilessEntity();
			return true;
		}
		catch (HttpClientErrorException.NotFound ex) {
			// Only the store service's own "no such store" counts: a 404 of anything else
			// (a wrong base URL, a path no longer served) says nothing about the store,
			// and is a failure of the service.
			if (DownstreamFailures.isProblem(ex, STORE_NOT_FOUND)) {
				return false;
			}
			throw ex;
		}
	}

	private static StoreServiceUnavailable unavailable(UUID storeId, String why, Duration retryAfter,
			RuntimeException cause) {
		log.warn("Could not check store {}: the store service {}: {}", storeId, why, cause.toString());
		return new StoreServiceUnavailable(storeId, why, retryAfter, cause);
	}

}
