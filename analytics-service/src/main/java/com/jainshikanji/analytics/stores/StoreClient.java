package com.jainshikanji.analytics.stores;

import java.time.ZoneId;
import java.time.zone.ZoneRulesException;
import java.util.Optional;
import java.util.UUID;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * The store service's public store description, the only thing analytics asks it:
 * {@code GET /api/v1/stores/{id}} for a store's name and IANA time zone. Behind a circuit
 * breaker, so a store service that is down is given a rest rather than a call per store
 * per check.
 */
public class StoreClient {

	private static final Logger log = LoggerFactory.getLogger(StoreClient.class);

	private final RestClient stores;

	private final CircuitBreaker breaker;

	public StoreClient(RestClient stores, CircuitBreaker breaker) {
		this.stores = stores;
		this.breaker = breaker;
	}

	/**
	 * @return the store's name and zone; empty when there is no such store or the store
	 * service cannot say now (both are asked again later)
	 */
	Optional<Description> describe(UUID storeId) {
		try {
			Store store = this.breaker.executeSupplier(
					() -> this.stores.get().uri("/api/v1/stores/{id}", storeId).retrieve().body(Store.class));
			if (store == null || store.name() == null || store.timeZone() == null) {
				return Optional.empty();
			}
			return Optional.of(new Description(store.name(), ZoneId.of(store.timeZone())));
		}
		catch (HttpClientErrorException ex) {
			if (ex.getStatusCode().isSameCodeAs(HttpStatus.NOT_FOUND)) {
				log.info("The store service knows no store {}", storeId);
			}
			else {
				log.warn("The store service refused to describe store {}: {}", storeId, ex.getStatusCode());
			}
			return Optional.empty();
		}
		catch (RestClientException | CallNotPermittedException | ZoneRulesException ex) {
			log.warn("Store {} could not be described now: {}", storeId, ex.toString());
			return Optional.empty();
		}
	}

	/** What the directory keeps of a store. */
	record Description(String name, ZoneId timeZone) {
	}

	/** The part of the store service's StoreResponse read here. */
	record Store(@Nullable String name, @Nullable String timeZone) {
	}

}
