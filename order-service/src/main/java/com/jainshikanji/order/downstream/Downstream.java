package com.jainshikanji.order.downstream;

import java.time.Duration;
import java.util.function.Supplier;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

import com.jainshikanji.common.web.DownstreamFailures;

/**
 * One downstream service as its client calls it: through its circuit breaker, and for
 * idempotent calls through a retry as well. Whatever makes the service unusable for this
 * request (a refused connection, a timeout, a 5xx, an open breaker) becomes
 * {@link DownstreamUnavailable}; the client's own mapping of 4xx answers passes through
 * untouched and never counts as a failure of the service.
 *
 * <p>
 * Retries happen only where repeating the call cannot do anything twice, and only for
 * failures a second attempt may fix at once: a refused or reset connection, a 502, 503 or
 * 504. A read timeout is not retried: a slow service stays slow, and waiting for it twice
 * would double the time before the customer hears "try again".
 */
public final class Downstream {

	private static final Logger log = LoggerFactory.getLogger(Downstream.class);

	private final String name;

	private final CircuitBreaker breaker;

	private final Retry retry;

	private final Duration retryAfter;

	/**
	 * @param retryAfter what the 503 tells the client when the breaker is open (its wait
	 * in the open state)
	 */
	public Downstream(String name, CircuitBreaker breaker, Retry retry, Duration retryAfter) {
		this.name = name;
		this.breaker = breaker;
		this.retry = retry;
		this.retryAfter = retryAfter;
	}

	/** A call that must not be repeated (it may change something). */
	public <T> T call(Supplier<T> call) {
		return run(CircuitBreaker.decorateSupplier(this.breaker, call));
	}

	/**
	 * A call that may be repeated with no further effect (a read, an idempotent reserve).
	 */
	public <T> T callIdempotent(Supplier<T> call) {
		return run(Retry.decorateSupplier(this.retry, CircuitBreaker.decorateSupplier(this.breaker, call)));
	}

	public String name() {
		return this.name;
	}

	private <T> T run(Supplier<T> decorated) {
		try {
			return decorated.get();
		}
		catch (CallNotPermittedException ex) {
			throw unavailable("is failing and is given a rest", this.retryAfter, ex);
		}
		catch (ResourceAccessException ex) {
			throw unavailable(DownstreamFailures.timedOut(ex) ? "did not answer in time" : "cannot be reached",
					Duration.ofSeconds(1), ex);
		}
		catch (HttpServerErrorException ex) {
			throw unavailable("failed (" + ex.getStatusCode().value() + ")", Duration.ofSeconds(1), ex);
		}
		catch (HttpClientErrorException ex) {
			if (isSilentRefusal(ex)) {
				throw unavailable("refused (" + ex.getStatusCode().value() + ") without saying why",
						Duration.ofSeconds(1), ex);
			}
			throw ex;
		}
		catch (RestClientException ex) {
			if (brokenOff(ex)) {
				throw unavailable("broke off its answer", Duration.ofSeconds(1), ex);
			}
			throw ex;
		}
	}

	private DownstreamUnavailable unavailable(String why, Duration retryAfter, RuntimeException cause) {
		log.warn("The {} service {}: {}", this.name, why, cause.toString());
		return new DownstreamUnavailable(this.name, why, retryAfter, cause);
	}

	/** Whether a failure counts against the service (and trips its breaker). */
	public static boolean isFailure(Throwable ex) {
		return ex instanceof ResourceAccessException || ex instanceof HttpServerErrorException || brokenOff(ex)
				|| (ex instanceof HttpClientErrorException refusal && isSilentRefusal(refusal));
	}

	/**
	 * Whether a refusal came without its problem body. Our services always explain a 4xx
	 * (a 401 aside, which a fresh token answers), so an empty body means the answer was
	 * cut off while it was read, under load: nothing can be concluded from it, and the
	 * client is told to try again (with its same Idempotency-Key) instead of getting a
	 * 500.
	 */
	public static boolean isSilentRefusal(HttpClientErrorException ex) {
		return !ex.getStatusCode().isSameCodeAs(HttpStatus.UNAUTHORIZED) && ex.getResponseBodyAsByteArray().length == 0;
	}

	/**
	 * Whether the answer stopped while its body was read (the read timeout closing the
	 * stream, a reset connection): Spring reports that as a failure to extract the body,
	 * not as a {@link ResourceAccessException}, but the service is just as unusable. The
	 * I/O failure may come wrapped by the JSON reader (a {@code HttpMessageNotReadable}
	 * around Jackson's own exception around it), so the whole chain of causes is looked
	 * at; a body that is merely malformed has no I/O failure in it.
	 */
	private static boolean brokenOff(Throwable ex) {
		if (!(ex instanceof RestClientException) || ex instanceof RestClientResponseException) {
			return false;
		}
		for (Throwable cause = ex.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
			if (cause instanceof java.io.IOException) {
				return true;
			}
		}
		return false;
	}

}
