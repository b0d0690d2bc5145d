package com.jainshikanji.analytics.stores;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where store names and time zones come from, and how often they are asked for.
 *
 * @param url the store service (its public {@code GET /api/v1/stores/{id}})
 * @param defaultTimeZone the zone of a store until the store service has named its own,
 * and of figures over several stores ("today" for all stores)
 * @param checkInterval how often the directory looks for stores to ask about
 * @param refreshAfter how long a known store's name and zone are trusted before they are
 * asked for again
 * @param retryAfter how long after a failed or unanswered lookup it is tried again
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long to wait for the answer
 */
@Validated
@ConfigurationProperties("analytics.stores")
public record StoresProperties(@NotNull @DefaultValue("http://localhost:8084") URI url,
		@NotNull @DefaultValue("Asia/Kolkata") ZoneId defaultTimeZone,
		@NotNull @DefaultValue("30s") Duration checkInterval, @NotNull @DefaultValue("1d") Duration refreshAfter,
		@NotNull @DefaultValue("1m") Duration retryAfter, @NotNull @DefaultValue("1s") Duration connectTimeout,
		@NotNull @DefaultValue("2s") Duration readTimeout) {
}
