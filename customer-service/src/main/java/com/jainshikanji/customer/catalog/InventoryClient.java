package com.jainshikanji.customer.catalog;

import java.time.Duration;
import java.util.UUID;

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
 * The inventory service, which owns the products, as this service asks it whether one
 * exists: its public {@code GET /api/v1/products/{id}} (open to everyone, so asked
 * without a token; examples in {@code src/test/resources/contracts/inventory}). A read,
 * so retried once where a second attempt may help at once; behind a circuit breaker, so
 * an inventory service that keeps failing is given a rest instead of a timeout per
 * request.
 */
public class InventoryClient {

	private static final Logger log = LoggerFactory.getLogger(InventoryClient.class);

	/** The slug of the inventory service's problem for a product it does not list. */
	private static final String PRODUCT_NOT_FOUND = "product-not-found";

	private final RestClient inventory;

	private final CircuitBreaker breaker;

	private final Retry retry;

	private final Duration openDuration;

	/**
	 * @param openDuration how long the open breaker refuses calls, which the 503 tells
	 * the client to wait
	 */
	public InventoryClient(RestClient inventory, CircuitBreaker breaker, Retry retry, Duration openDuration) {
		this.inventory = inventory;
		this.breaker = breaker;
		this.retry = retry;
		this.openDuration = openDuration;
	}

	/**
	 * Refuses a product the catalog does not list: one it never had, or one archived (the
	 * inventory service answers 404 {@code product-not-found} for both). A product
	 * switched off or outside its ordering window is still on the menu, shown as not
	 * orderable now, and passes.
	 * @throws UnknownProduct when the catalog does not list it
	 * @throws CatalogUnavailable when the inventory service cannot say now
	 */
	public void requireListed(UUID productId) {
		boolean listed;
		try {
			listed = Retry
				.decorateSupplier(this.retry, CircuitBreaker.decorateSupplier(this.breaker, () -> isListed(productId)))
				.get();
		}
		catch (CallNotPermittedException ex) {
			throw unavailable(productId, "is failing and is given a rest", this.openDuration, ex);
		}
		catch (RestClientException ex) {
			throw unavailable(productId, DownstreamFailures.why(ex), Duration.ofSeconds(1), ex);
		}
		if (!listed) {
			throw new UnknownProduct(productId);
		}
	}

	private boolean isListed(UUID productId) {
		try {
			this.inventory.get().uri("/api/v1/products/{id}", productId).retrieve().toBodilessEntity();
			return true;
		}
		catch (HttpClientErrorException.NotFound ex) {
			// Only the catalog's own "no such product" counts: a 404 of anything else
			// (a wrong base URL, a path no longer served) says nothing about the
			// product, and is a failure of the service.
			if (DownstreamFailures.isProblem(ex, PRODUCT_NOT_FOUND)) {
				return false;
			}
			throw ex;
		}
	}

	private static CatalogUnavailable unavailable(UUID productId, String why, Duration retryAfter,
			RuntimeException cause) {
		log.warn("Could not check product {} in the catalog: the inventory service {}: {}", productId, why,
				cause.toString());
		return new CatalogUnavailable(productId, why, retryAfter, cause);
	}

}
