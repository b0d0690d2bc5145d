package com.jainshikanji.inventory.catalog;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The menu cache ({@link MenuCache}).
 *
 * @param enabled off to read every request from the database (e.g. to measure what the
 * cache saves)
 * @param ttl how long an entry may be served at most: a safety net for an invalidation
 * that never arrives (Kafka unreachable), not what keeps the menu fresh
 * @param maximumWeight how many products all entries hold together (a page of 20 counts
 * 20), which bounds the memory the cache takes
 */
@Validated
@ConfigurationProperties("inventory.menu-cache")
record MenuCacheProperties(@DefaultValue("true") boolean enabled, @NotNull @DefaultValue("30s") Duration ttl,
		@Min(1) @DefaultValue("20000") long maximumWeight) {
}
