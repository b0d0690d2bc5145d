package com.jainshikanji.common.web;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.retry.Retry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.HttpServerErrorException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The breakers and retries every service builds from its settings for a service it calls:
 * what they take from the settings, what they count and retry, and that they show in the
 * metrics.
 */
class DownstreamCallsTests {

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	@Test
	void aBreakerTakesItsThresholdsFromTheSettingsAndShowsInTheMetrics() {
		CircuitBreaker breaker = DownstreamCalls.circuitBreakers(new Settings(3), this.meters).circuitBreaker("store");

		CircuitBreakerConfig config = breaker.getCircuitBreakerConfig();
		assertThat(config.getFailureRateThreshold()).isEqualTo(40);
		assertThat(config.getSlidingWindowSize()).isEqualTo(8);
		assertThat(config.getMinimumNumberOfCalls()).isEqualTo(4);
		assertThat(config.getWaitIntervalFunctionInOpenState().apply(1)).isEqualTo(7_000L);
		assertThat(this.meters.find("resilience4j.circuitbreaker.state").tag("name", "store").meters()).isNotEmpty();
	}

	@Test
	void aBreakerOpensOnFailuresItIsToldToCountAndOnlyOnThose() {
		CircuitBreaker breaker = DownstreamCalls
			.circuitBreakers(new Settings(3), (failure) -> failure instanceof HttpServerErrorException, this.meters)
			.circuitBreaker("store");

		for (int i = 0; i < 8; i++) {
			breaker.onError(0, TimeUnit.MILLISECONDS, new HttpClientErrorException(HttpStatus.CONFLICT));
		}
		assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
		for (int i = 0; i < 4; i++) {
			breaker.onError(0, TimeUnit.MILLISECONDS, new HttpServerErrorException(HttpStatus.INTERNAL_SERVER_ERROR));
		}
		assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
	}

	@Test
	void aRetryTriesAgainOnlyWhatIsWorthItUpToTheAttemptsSet() {
		Retry retry = DownstreamCalls.retries(new Settings(3), this.meters).retry("store");
		AtomicInteger calls = new AtomicInteger();

		assertThatThrownBy(() -> retry.executeSupplier(() -> {
			calls.incrementAndGet();
			throw new HttpServerErrorException(HttpStatus.SERVICE_UNAVAILABLE);
		})).isInstanceOf(HttpServerErrorException.class);
		assertThat(calls).hasValue(3);

		calls.set(0);
		assertThatThrownBy(() -> retry.executeSupplier(() -> {
			calls.incrementAndGet();
			throw new HttpServerErrorException(HttpStatus.INTERNAL_SERVER_ERROR);
		})).isInstanceOf(HttpServerErrorException.class);
		assertThat(calls).as("a 500 is the service's answer, not worth asking again").hasValue(1);
		assertThat(this.meters.find("resilience4j.retry.calls").tag("name", "store").meters()).isNotEmpty();
	}

	record Settings(int maxAttempts) implements DownstreamCalls.Settings {

		@Override
		public Duration connectTimeout() {
			return Duration.ofSeconds(1);
		}

		@Override
		public Duration readTimeout() {
			return Duration.ofSeconds(2);
		}

		@Override
		public Duration retryWait() {
			return Duration.ofMillis(1);
		}

		@Override
		public int failureRateThreshold() {
			return 40;
		}

		@Override
		public int slidingWindow() {
			return 8;
		}

		@Override
		public int minimumCalls() {
			return 4;
		}

		@Override
		public Duration openDuration() {
			return Duration.ofSeconds(7);
		}

	}

}
