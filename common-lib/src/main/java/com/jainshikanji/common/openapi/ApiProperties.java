package com.jainshikanji.common.openapi;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a service describes its API in its OpenAPI document.
 *
 * @param title the document's title, e.g. "Order service"; the application name when
 * unset
 * @param description what the API is for, in a sentence or two
 * @param version the API version
 */
@ConfigurationProperties("jainshikanji.api")
public record ApiProperties(@Nullable String title, @Nullable String description, @DefaultValue("v1") String version) {
}
