package com.jainshikanji.order.config;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import com.jainshikanji.common.web.DownstreamCalls;

/**
 * The services order placement calls, and how patiently. A placement makes up to six
 * calls in a row, so each must fail fast: a service that does not connect within
 * {@code connectTimeout} or answer within {@code readTimeout} counts as down for this
 * request (503, Retry-After), and one that keeps failing is given a rest by its circuit
 * breaker.
 *
 * @param maxAttempts attempts of an idempotent call in all (the first included)
 * @param retryWait pause before the next attempt
 * @param failureRateThreshold percentage of failed calls that opens a breaker
 * @param slidingWindow how many recent calls the failure rate is over
 * @param minimumCalls how many calls a breaker needs before it judges
 * @param openDuration how long an open breaker refuses calls before it tries again
 */
@Validated
@ConfigurationProperties("orders.downstream")
record DownstreamProperties(@NotNull @DefaultValue("http://localhost:8082") URI inventoryUrl,
		@NotNull @DefaultValue("http://localhost:8084") URI storeUrl,
		@NotNull @DefaultValue("http://localhost:8081") URI customerUrl,
		@NotNull @DefaultValue("http://localhost:8086") URI loyaltyUrl,
		@NotNull @DefaultValue("1s") Duration connectTimeout, @NotNull @DefaultValue("2s") Duration readTimeout,
		@Min(1) @Max(5) @DefaultValue("2") int maxAttempts, @NotNull @DefaultValue("100ms") Duration retryWait,
		@Min(1) @Max(100) @DefaultValue("50") int failureRateThreshold, @Min(1) @DefaultValue("20") int slidingWindow,
		@Min(1) @DefaultValue("10") int minimumCalls,
		@NotNull @DefaultValue("10s") Duration openDuration) implements DownstreamCalls.Settings {
}
