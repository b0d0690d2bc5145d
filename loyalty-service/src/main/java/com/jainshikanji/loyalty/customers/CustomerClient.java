package com.jainshikanji.loyalty.customers;

import java.net.SocketTimeoutException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Supplier;

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
 * The customer service, which is the platform's identity service and so the one that
 * knows who the customers are, as this service asks it whether a customer exists: its
 * {@code GET /api/v1/users/{id}} with this service's own token (role SERVICE, the only
 * role that endpoint answers; it tells a user's id and roles and nothing personal, and a
 * SERVICE token reads no profile; examples in
 * {@code src/test/resources/contracts/customer}). Only the status is relied on. A read,
 * so retried once where a second attempt may help at once; behind a circuit breaker, so a
 * customer service that keeps failing is given a rest instead of a timeout per request.
 */
public class CustomerClient {

	private static final Logger log = LoggerFactory.getLogger(CustomerClient.class);

	/** The slug of the customer service's problem for a customer it does not know. */
	private static final String CUSTOMER_NOT_FOUND = "/customer-not-found";

	private final RestClient customers;

	private final CircuitBreaker breaker;

	private final Retry retry;

	private final Duration openDuration;

	private final Runnable forgetServiceToken;

	/**
	 * @param customers a client of the customer service that sends this service's token
	 * @param openDuration how long the open breaker refuses calls, which the 503 tells
	 * the client to wait
	 * @param forgetServiceToken drops the cached service token, after the customer
	 * service refused it
	 */
	public CustomerClient(RestClient customers, CircuitBreaker breaker, Retry retry, Duration openDuration,
			Runnable forgetServiceToken) {
		this.customers = customers;
		this.breaker = breaker;
		this.retry = retry;
		this.openDuration = openDuration;
		this.forgetServiceToken = forgetServiceToken;
	}

	/**
	 * Refuses a customer the identity service does not know (it answers 404
	 * {@code customer-not-found}).
	 * @throws UnknownCustomer when there is no such customer
	 * @throws CustomerDirectoryUnavailable when the customer service cannot say now
	 */
	public void requireCustomer(UUID customerId) {
		boolean known;
		try {
			known = Retry
				.decorateSupplier(this.retry,
						CircuitBreaker.decorateSupplier(this.breaker, () -> authorized(() -> isKnown(customerId))))
				.get();
		}
		catch (CallNotPermittedException ex) {
			throw unavailable(customerId, "is failing and is given a rest", this.openDuration, ex);
		}
		catch (RestClientException ex) {
			throw unavailable(customerId, why(ex), Duration.ofSeconds(1), ex);
		}
		if (!known) {
			throw new UnknownCustomer(customerId);
		}
	}

	private boolean isKnown(UUID customerId) {
		try {
			this.customers.get().uri("/api/v1/users/{id}", customerId).retrieve().toBodilessEntity();
			return true;
		}
		catch (HttpClientErrorException.NotFound ex) {
			// Only the customer service's own "no such customer" counts: a 404 of
			// anything else (a wrong base URL, a path no longer served) says nothing
			// about the customer, and is a failure of the service.
			if (isCustomerNotFound(ex)) {
				return false;
			}
			throw ex;
		}
	}

	/**
	 * The call, and once more with a fresh token when the customer service refused the
	 * cached one (it expired early, or the signing key rotated).
	 */
	private <T> T authorized(Supplier<T> call) {
		try {
			return call.get();
		}
		catch (HttpClientErrorException.Unauthorized ex) {
			this.forgetServiceToken.run();
			return call.get();
		}
	}

	private static boolean isCustomerNotFound(HttpClientErrorException ex) {
		try {
			Refusal refusal = ex.getResponseBodyAs(Refusal.class);
			return refusal != null && refusal.type() != null && refusal.type().endsWith(CUSTOMER_NOT_FOUND);
		}
		catch (RuntimeException unreadable) {
			return false;
		}
	}

	private static CustomerDirectoryUnavailable unavailable(UUID customerId, String why, Duration retryAfter,
			RuntimeException cause) {
		log.warn("Could not check customer {} at the customer service: it {}: {}", customerId, why, cause.toString());
		return new CustomerDirectoryUnavailable(customerId, why, retryAfter, cause);
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
	 * it twice would double the time before the admin hears "try again".
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

	/** The part of the customer service's problem read here. */
	record Refusal(@Nullable String type) {
	}

}
