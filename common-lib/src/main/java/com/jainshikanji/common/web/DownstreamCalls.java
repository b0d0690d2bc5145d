package com.jainshikanji.common.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.function.Predicate;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedRetryMetrics;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * How a service calls another, the same for every caller in the platform: plain HTTP/1.1
 * with a connect and a read timeout, a circuit breaker per downstream service, and a
 * retry of what {@link DownstreamFailures#isWorthRetrying} says is worth it, all from one
 * {@link Settings} record per service called. Breaker and retry states are metrics
 * ({@code resilience4j.circuitbreaker.*}, {@code resilience4j.retry.*}).
 */
public final class DownstreamCalls {

	private DownstreamCalls() {
	}

	/**
	 * Boot's {@code RestClient.Builder} (so calls carry the trace context and show in the
	 * metrics) for the service at {@code baseUrl}, over plain HTTP/1.1: no upgrade round
	 * trip to HTTP/2 on every connection inside the platform.
	 */
	public static RestClient.Builder client(RestClient.Builder builder, URI baseUrl, Settings settings) {
		JdkClientHttpRequestFactory requestFactory = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(settings.connectTimeout())
			.build());
		requestFactory.setReadTimeout(settings.readTimeout());
		return builder.baseUrl(baseUrl).requestFactory(requestFactory);
	}

	/** Circuit breakers that count every failed call against the service. */
	public static CircuitBreakerRegistry circuitBreakers(Settings settings, MeterRegistry meters) {
		return circuitBreakers(settings, (failure) -> true, meters);
	}

	/**
	 * Circuit breakers that count only the failures {@code isFailure} blames on the
	 * service (not, say, its refusal of one bad request).
	 */
	public static CircuitBreakerRegistry circuitBreakers(Settings settings, Predicate<Throwable> isFailure,
			MeterRegistry meters) {
		CircuitBreakerRegistry registry = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
			.failureRateThreshold(settings.failureRateThreshold())
			.slidingWindowSize(settings.slidingWindow())
			.minimumNumberOfCalls(settings.minimumCalls())
			.waitDurationInOpenState(settings.openDuration())
			.permittedNumberOfCallsInHalfOpenState(3)
			.recordException(isFailure)
			.build());
		TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(registry).bindTo(meters);
		return registry;
	}

	/** Retries of the failures {@link DownstreamFailures#isWorthRetrying} allows. */
	public static RetryRegistry retries(Settings settings, MeterRegistry meters) {
		RetryRegistry registry = RetryRegistry.of(RetryConfig.custom()
			.maxAttempts(settings.maxAttempts())
			.waitDuration(settings.retryWait())
			.retryOnException(DownstreamFailures::isWorthRetrying)
			.build());
		TaggedRetryMetrics.ofRetryRegistry(registry).bindTo(meters);
		return registry;
	}

	/**
	 * How patiently a service calls another. The caller's
	 * {@code @ConfigurationProperties} record for that service implements it, under the
	 * caller's own prefix and with its own defaults and bounds.
	 */
	public interface Settings {

		/** How long to wait for a connection. */
		Duration connectTimeout();

		/** How long to wait for the answer. */
		Duration readTimeout();

		/** Attempts in all, the first included. */
		int maxAttempts();

		/** The pause before the next attempt. */
		Duration retryWait();

		/** Percentage of failed calls that opens the breaker. */
		int failureRateThreshold();

		/** How many recent calls the failure rate is over. */
		int slidingWindow();

		/** How many calls the breaker needs before it judges. */
		int minimumCalls();

		/** How long the open breaker refuses calls, which a 503's Retry-After tells. */
		Duration openDuration();

	}

}
