package com.jainshikanji.gateway.config;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Everything about the gateway that differs between environments.
 *
 * @param services the routed services, by name
 * @param trustedProxies addresses or CIDR ranges of proxies in front of the gateway whose
 * {@code X-Forwarded-For} is believed; from anyone else the header is ignored
 * @param strippedHeaders client-sent headers removed before routing (prefixes end with
 * {@code *}), so nobody can pose as someone by setting identity headers
 * @param maxRequestBody the largest request body accepted (413 beyond)
 * @param corsAllowedOrigins origins of the browser apps allowed to call the API
 * @param adminPaths {@code METHOD pattern} pairs (method {@code *} for any) that need the
 * ADMIN role
 * @param rateLimit the request budgets
 */
@Validated
@ConfigurationProperties("gateway")
public record GatewayProperties(@NotEmpty Map<String, @Valid Service> services,
		@DefaultValue("127.0.0.1/32,::1/128") List<String> trustedProxies, @NotEmpty List<String> strippedHeaders,
		@DefaultValue("1MB") DataSize maxRequestBody, @DefaultValue List<String> corsAllowedOrigins,
		@DefaultValue List<String> adminPaths, @Valid @DefaultValue RateLimit rateLimit) {

	/**
	 * One routed service.
	 *
	 * @param uri where it listens
	 * @param paths the API paths it owns
	 * @param connectTimeout how long to wait for a connection
	 * @param responseTimeout how long to wait for the response
	 */
	public record Service(@NotNull URI uri, @NotEmpty List<String> paths, @DefaultValue("1s") Duration connectTimeout,
			@DefaultValue("10s") Duration responseTimeout) {
	}

	/**
	 * Token buckets in Redis, shared by every gateway instance: a bucket holds a minute's
	 * budget and refills continuously.
	 *
	 * @param enabled whether requests are limited at all
	 * @param anonymousPerMinute per client IP, without a token
	 * @param authenticatedPerMinute per user
	 * @param adminPerMinute per administrator
	 * @param webhookPerMinute per client IP, for the payment provider's webhooks: it
	 * calls from a few addresses, several times for every payment
	 * @param webhookPaths where the payment provider's webhooks arrive
	 * @param onRedisFailure what happens to a request when Redis cannot be asked
	 */
	public record RateLimit(@DefaultValue("true") boolean enabled, @Min(1) @DefaultValue("100") int anonymousPerMinute,
			@Min(1) @DefaultValue("1000") int authenticatedPerMinute, @Min(1) @DefaultValue("5000") int adminPerMinute,
			@Min(1) @DefaultValue("3000") int webhookPerMinute,
			@DefaultValue("/api/v1/payments/webhook") List<String> webhookPaths,
			@DefaultValue("ALLOW") RedisFailurePolicy onRedisFailure) {
	}

	/** The explicit choice for when the rate limiter's store is unreachable. */
	public enum RedisFailurePolicy {

		/** Serve the request unlimited (availability first); logged and counted. */
		ALLOW,

		/** Refuse the request with 503 (protection first); logged and counted. */
		DENY

	}

}
