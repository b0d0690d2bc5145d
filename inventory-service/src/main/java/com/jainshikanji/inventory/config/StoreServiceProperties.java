package com.jainshikanji.inventory.config;

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
 * The store service, asked whether a store exists before stock or a purchase order is
 * first kept for it, and how patiently: an admin or manager waits for the answer, so a
 * service that does not connect within {@code connectTimeout} or answer within
 * {@code readTimeout} counts as down for this request (503, Retry-After), and one that
 * keeps failing is given a rest by its circuit breaker.
 *
 * @param url the store service (its public {@code GET /api/v1/stores/{id}})
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long to wait for the answer
 * @param maxAttempts attempts in all (the first included)
 * @param retryWait pause before the next attempt
 * @param failureRateThreshold percentage of failed calls that opens the breaker
 * @param slidingWindow how many recent calls the failure rate is over
 * @param minimumCalls how many calls the breaker needs before it judges
 * @param openDuration how long the open breaker refuses calls before it tries again
 */
@Validated
@ConfigurationProperties("inventory.stores")
record StoreServiceProperties(@NotNull @DefaultValue("http://localhost:8084") URI url,
		@NotNull @DefaultValue("1s") Duration connectTimeout, @NotNull @DefaultValue("2s") Duration readTimeout,
		@Min(1) @Max(5) @DefaultValue("2") int maxAttempts, @NotNull @DefaultValue("100ms") Duration retryWait,
		@Min(1) @Max(100) @DefaultValue("50") int failureRateThreshold, @Min(1) @DefaultValue("20") int slidingWindow,
		@Min(1) @DefaultValue("10") int minimumCalls,
		@NotNull @DefaultValue("10s") Duration openDuration) implements DownstreamCalls.Settings {
}
