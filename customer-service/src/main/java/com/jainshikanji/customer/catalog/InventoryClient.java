package com.jainshikanji.customer.catalog;

import java.net.SocketTimeoutException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.UUID;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.HttpStatusCodeException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

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
	private static final String PRODUCT_NOT_FOUND = "/product-not-found";

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
			throw unavailable(productId, why(ex), Duration.ofSeconds(1), ex);
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
			if (isProductNotFound(ex)) {
				return false;
			}
			throw ex;
		}
	}

	private static boolean isProductNotFound(HttpClientErrorException ex) {
		try {
			Refusal refusal = ex.getResponseBodyAs(Refusal.class);
			return refusal != null && refusal.type() != null && refusal.type().endsWith(PRODUCT_NOT_FOUND);
		}
		catch (RuntimeException unreadable) {
			return false;
		}
	}

	private static CatalogUnavailable unavailable(UUID productId, String why, Duration retryAfter,
			RuntimeException cause) {
		log.warn("Could not check product {} in the catalog: the inventory service {}: {}", productId, why,
				cause.toString());
		return new CatalogUnavailable(productId, why, retryAfter, cause);
	}

	private static String why(RestClientException ex) {
		if (ex instanceof ResourceAccessException) {
			return timedOut(ex) ? "did not answer in time" : "cannot be reached";
		}
		if (ex instanceof HttpStatusCodeException status) {
			return "answered " + status.getStatusCode().value();
		}
		return "broke off its answer";
	}

	/**
	 * Whether a failed attempt is worth one more at once: a refused or reset connection,
	 * a 502, 503 or 504. Never a read timeout: a slow service stays slow, and waiting for
	 * it twice would double the time before the customer hears "try again".
	 */
	public static boolean isWorthRetrying(Throwable ex) {
		if (ex instanceof HttpServerErrorException server) {
			return server.getStatusCode().isSameCodeAs(HttpStatus.BAD_GATEWAY)
					|| server.getStatusCode().isSameCodeAs(HttpStatus.SERVICE_UNAVAILABLE)
					|| server.getStatusCode().isSameCodeAs(HttpStatus.GATEWAY_TIMEOUT);
		}
		return ex instanceof ResourceAccessException && !timedOut(ex);
	}

	private static boolean timedOut(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if ((cause instanceof HttpTimeoutException && !(cause instanceof HttpConnectTimeoutException))
					|| cause instanceof SocketTimeoutException) {
				return true;
			}
		}
		return false;
	}

	/** The part of the inventory service's problem read here. */
	record Refusal(@Nullable String type) {
	}

}
