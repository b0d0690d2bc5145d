package com.jainshikanji.common.security.service;

import java.net.URI;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Supplier;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import com.jainshikanji.common.web.DownstreamCalls;
import com.jainshikanji.common.web.DownstreamFailures;

/**
 * The platform's users as the identity service (customer-service) knows them, for a
 * service that may refer only to users who exist: its {@code GET /api/v1/users/{id}} with
 * this service's own token (role SERVICE, the only role that endpoint answers; it tells a
 * user's id and roles and nothing personal, and a SERVICE token reads no profile). Only
 * the status is relied on. A read, so retried once where a second attempt may help at
 * once (give the retry {@link DownstreamFailures#isWorthRetrying}); behind a circuit
 * breaker, so a customer service that keeps failing is given a rest instead of a timeout
 * per request.
 *
 * <p>
 * Each service wires its own, with its own breaker and retry and its settings under its
 * own prefix, and turns the answer into its own problems: the unknown user is a 422 named
 * for its own field, {@link Unavailable} a 503 with {@code Retry-After}.
 */
public class UserDirectory {

	private static final Logger log = LoggerFactory.getLogger(UserDirectory.class);

	/** The slug of the customer service's problem for a user it does not know. */
	private static final String CUSTOMER_NOT_FOUND = "customer-not-found";

	private final RestClient customerService;

	private final CircuitBreaker breaker;

	private final Retry retry;

	private final Duration openDuration;

	private final Runnable forgetServiceToken;

	/**
	 * @param customerService a client of the customer service that sends this service's
	 * token
	 * @param openDuration how long the open breaker refuses calls, which the 503 tells
	 * the client to wait
	 * @param forgetServiceToken drops the cached service token, after the customer
	 * service refused it
	 */
	UserDirectory(RestClient customerService, CircuitBreaker breaker, Retry retry, Duration openDuration,
			Runnable forgetServiceToken) {
		this.customerService = customerService;
		this.breaker = breaker;
		this.retry = retry;
		this.openDuration = openDuration;
		this.forgetServiceToken = forgetServiceToken;
	}

	/**
	 * The customer service at {@code settings.url()} ({@link DownstreamCalls#client}),
	 * with this service's token on every call.
	 */
	public static UserDirectory of(RestClient.Builder builder, Settings settings, ServiceTokens serviceTokens,
			CircuitBreaker breaker, Retry retry) {
		RestClient client = DownstreamCalls.client(builder, settings.url(), settings)
			.requestInterceptor(serviceTokens)
			.build();
		return new UserDirectory(client, breaker, retry, settings.openDuration(), serviceTokens::invalidate);
	}

	/**
	 * Whether the identity service knows the user: {@code false} only for its own 404
	 * {@code customer-not-found}. Any other 404 (a wrong base URL, a path no longer
	 * served) says nothing about the user, and is a failure of the service.
	 * @throws Unavailable when the customer service cannot say now
	 */
	public boolean exists(UUID userId) {
		try {
			return Retry
				.decorateSupplier(this.retry,
						CircuitBreaker.decorateSupplier(this.breaker, () -> authorized(() -> isKnown(userId))))
				.get();
		}
		catch (CallNotPermittedException ex) {
			throw unavailable(userId, "is failing and is given a rest", this.openDuration, ex);
		}
		catch (RestClientException ex) {
			throw unavailable(userId, DownstreamFailures.why(ex), Duration.ofSeconds(1), ex);
		}
	}

	private boolean isKnown(UUID userId) {
		try {
			this.customerService.get().uri("/api/v1/users/{id}", userId).retrieve().toBodilessEntity();
			return true;
		}
		catch (HttpClientErrorException.NotFound ex) {
			if (DownstreamFailures.isProblem(ex, CUSTOMER_NOT_FOUND)) {
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

	private static Unavailable unavailable(UUID userId, String why, Duration retryAfter, RuntimeException cause) {
		log.warn("Could not check user {} at the customer service: it {}: {}", userId, why, cause.toString());
		return new Unavailable(userId, why, retryAfter, cause);
	}

	/**
	 * Where the customer service is and how patiently to ask it: the requester waits for
	 * the answer, so a service that does not connect within {@code connectTimeout} or
	 * answer within {@code readTimeout} counts as down for this request. A service's own
	 * {@code @ConfigurationProperties} record implements it, under the service's prefix.
	 */
	public interface Settings extends DownstreamCalls.Settings {

		/** The customer service's base URL. */
		URI url();

	}

	/**
	 * The customer service could not say whether a user exists: it did not answer in
	 * time, failed, refused this service's token, or has been failing so often that its
	 * circuit breaker stopped asking it. The cause is the failure of the call itself.
	 */
	public static final class Unavailable extends RuntimeException {

		private final String why;

		private final Duration retryAfter;

		Unavailable(UUID userId, String why, Duration retryAfter, RuntimeException cause) {
			super("User " + userId + " cannot be checked now: the customer service " + why, cause);
			this.why = why;
			this.retryAfter = retryAfter;
		}

		/** Why, to follow "the customer service", e.g. "cannot be reached". */
		public String why() {
			return this.why;
		}

		/** How long the client should wait before it tries again. */
		public Duration retryAfter() {
			return this.retryAfter;
		}

	}

}
