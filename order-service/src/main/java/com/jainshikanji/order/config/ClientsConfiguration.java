package com.jainshikanji.order.config;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

import com.jainshikanji.common.security.service.ServiceTokens;
import com.jainshikanji.common.web.DownstreamCalls;
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
		return DownstreamCalls.circuitBreakers(properties, Downstream::isFailure, meters);
	}

	@Bean
	RetryRegistry retries(DownstreamProperties properties, MeterRegistry meters) {
		return DownstreamCalls.retries(properties, meters);
	}

	@Bean
	InventoryClient inventoryClient(RestClient.Builder builder, DownstreamProperties properties,
			ServiceTokens serviceTokens, CircuitBreakerRegistry breakers, RetryRegistry retries) {
		RestClient client = DownstreamCalls.client(builder, properties.inventoryUrl(), properties)
			.requestInterceptor(serviceTokens)
			.build();
		return new InventoryClient(client, downstream("inventory", breakers, retries, properties),
				serviceTokens::invalidate);
	}

	@Bean
	LoyaltyClient loyaltyClient(RestClient.Builder builder, DownstreamProperties properties,
			ServiceTokens serviceTokens, CircuitBreakerRegistry breakers, RetryRegistry retries) {
		RestClient client = DownstreamCalls.client(builder, properties.loyaltyUrl(), properties)
			.requestInterceptor(serviceTokens)
			.build();
		return new LoyaltyClient(client, downstream("loyalty", breakers, retries, properties),
				serviceTokens::invalidate);
	}

	@Bean
	StoreClient storeClient(RestClient.Builder builder, DownstreamProperties properties,
			CircuitBreakerRegistry breakers, RetryRegistry retries) {
		return new StoreClient(DownstreamCalls.client(builder, properties.storeUrl(), properties).build(),
				downstream("store", breakers, retries, properties));
	}

	@Bean
	CustomerClient customerClient(RestClient.Builder builder, DownstreamProperties properties,
			CircuitBreakerRegistry breakers, RetryRegistry retries) {
		return new CustomerClient(DownstreamCalls.client(builder, properties.customerUrl(), properties).build(),
				downstream("customer", breakers, retries, properties));
	}

	private static Downstream downstream(String name, CircuitBreakerRegistry breakers, RetryRegistry retries,
			DownstreamProperties properties) {
		return new Downstream(name, breakers.circuitBreaker(name), retries.retry(name), properties.openDuration());
	}

}
