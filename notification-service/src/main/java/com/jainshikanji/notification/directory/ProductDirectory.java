package com.jainshikanji.notification.directory;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.jspecify.annotations.Nullable;

import org.springframework.web.client.RestClient;

/**
 * Products' names, from the inventory service's public catalogue (read, cached, kept when
 * the service is away): the stock events name the product by id only.
 */
public class ProductDirectory {

	private final CachedLookup<String> products;

	public ProductDirectory(RestClient client, CircuitBreaker breaker, Duration ttl, Clock clock) {
		this.products = new CachedLookup<>("product", (id) -> {
			ProductBody body = client.get().uri("/api/v1/products/{productId}", id).retrieve().body(ProductBody.class);
			return (body != null) ? body.name() : null;
		}, breaker, ttl, clock);
	}

	public Optional<String> name(UUID productId) {
		return this.products.get(productId);
	}

	/** The part of the inventory service's product response read here. */
	record ProductBody(@Nullable String name) {
	}

}
