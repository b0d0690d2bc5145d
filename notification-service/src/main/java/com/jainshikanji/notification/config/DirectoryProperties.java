package com.jainshikanji.notification.config;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The public APIs names of stores and products come from.
 *
 * @param storeUrl the store service
 * @param inventoryUrl the inventory service
 * @param cacheTtl how long a name is used before it is read again
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long to wait for an answer
 */
@Validated
@ConfigurationProperties("notifications.directory")
record DirectoryProperties(@NotNull URI storeUrl, @NotNull URI inventoryUrl,
		@NotNull @DefaultValue("10m") Duration cacheTtl, @NotNull @DefaultValue("1s") Duration connectTimeout,
		@NotNull @DefaultValue("2s") Duration readTimeout) {
}
