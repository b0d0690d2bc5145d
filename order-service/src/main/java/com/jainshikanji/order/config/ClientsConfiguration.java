package com.jainshikanji.order.config;

import java.net.URI;
import java.net.http.HttpClient;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedRetryMetrics;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import com.jainshikanji.common.security.service.ServiceTokens;
import com.jainshikanji.order.catalog.InventoryClient;
import com.jainshikanji.order.customer.CustomerClient;
import com.jainshikanji.order.downstream.Downstream;
import com.jainshikanji.order.loyalty.LoyaltyClient;
import com.jainshikanji.order.stores.StoreClient;

/**
 * One client per service order placement calls, each with its timeouts, its own circuit
 * breaker (one failing service does not stop calls to the others) and a retry used only
 * for idempotent calls. Built on Boot's {@code RestClient.Builder}, so calls carry the
 * trace context and show in the metrics; breaker and retry states are metrics too
 * ({@code resilience4j.circuitbreaker.*}).
 */
@Configuration(proxyBeanMethods = false)
class ClientsConfiguration {

	@Bean
	CircuitBreakerRegistry circuitBreakers(DownstreamProperties properties, MeterRegistry meters) {
		CircuitBreakerRegistry registry = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
			.failureRateThreshold(properties.failureRateThreshold())
			.slidingWindowSize(properties.slidingWindow())
			.minimumNumberOfCalls(properties.minimumCalls())
			.waitDurationInOpenState(properties.openDuration())
			.permittedNumberOfCallsInHalfOpenState(3)
			.recordException(Downstream::isFailure)
			.build());
		TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(registry).bindTo(meters);
		return registry;
	}

	@Bean
	RetryRegistry retries(DownstreamProperties properties, MeterRegistry meters) {
		RetryRegistry registry = RetryRegistry.of(RetryConfig.custom()
			.maxAttempts(properties.maxAttempts())
			.waitDuration(properties.retryWait())
			.retryOnException(Downstream::isWorthRetrying)
			.build());
		TaggedRetryMetrics.ofRetryRegistry(registry).bindTo(meters);
		return registry;
	}

	@Bean
	InventoryClient inventoryClient(RestClient.Builder builder, DownstreamProperties properties,
			ServiceTokens serviceTokens, CircuitBreakerRegistry breakers, RetryRegistry retries) {
		RestClient client = client(builder, properties.inventoryUrl(), properties).requestInterceptor(serviceTokens)
			.build();
		return new InventoryClient(client, downstream("inventory", breakers, retries, properties),
				serviceTokens::invalidate);
	}

	@Bean
	LoyaltyClient loyaltyClient(RestClient.Builder builder, DownstreamProperties properties,
			ServiceTokens serviceTokens, CircuitBreakerRegistry breakers, RetryRegistry retries) {
		RestClient client = client(builder, properties.loyaltyUrl(), properties).requestInterceptor(serviceTokens)
			.build();
		return new LoyaltyClient(client, downstream("loyalty", breakers, retries, properties),
				serviceTokens::invalidate);
	}

	@Bean
	StoreClient storeClient(RestClient.Builder builder, DownstreamProperties properties,
			CircuitBreakerRegistry breakers, RetryRegistry retries) {
		return new StoreClient(client(builder, properties.storeUrl(), properties).build(),
				downstream("store", breakers, retries, properties));
	}

	@Bean
	CustomerClient customerClient(RestClient.Builder builder, DownstreamProperties properties,
			CircuitBreakerRegistry breakers, RetryRegistry retries) {
		return new CustomerClient(client(builder, properties.customerUrl(), properties).build(),
				downstream("customer", breakers, retries, properties));
	}

	private static RestClient.Builder client(RestClient.Builder builder, URI baseUrl, DownstreamProperties properties) {
		// Plain HTTP/1.1 inside the platform: no upgrade round trip to HTTP/2 on every
		// connection.
		JdkClientHttpRequestFactory requestFactory = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(properties.connectTimeout())
			.build());
		requestFactory.setReadTimeout(properties.readTimeout());
		return builder.baseUrl(baseUrl).requestFactory(requestFactory);
	}

	private static Downstream downstream(String name, CircuitBreakerRegistry breakers, RetryRegistry retries,
			DownstreamProperties properties) {
		return new Downstream(name, breakers.circuitBreaker(name), retries.retry(name), properties.openDuration());
	}

}
