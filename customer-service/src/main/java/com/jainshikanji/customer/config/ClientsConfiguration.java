package com.jainshikanji.customer.config;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

import com.jainshikanji.common.web.DownstreamCalls;
import com.jainshikanji.customer.catalog.InventoryClient;

/**
 * The one service this service calls, the inventory service, with its timeouts, its
 * circuit breaker and a retry. Built on Boot's {@code RestClient.Builder}, so calls carry
 * the trace context and show in the metrics; breaker and retry states are metrics too
 * ({@code resilience4j.circuitbreaker.*}).
 */
@Configuration(proxyBeanMethods = false)
class ClientsConfiguration {

	@Bean
	CircuitBreakerRegistry circuitBreakers(InventoryProperties properties, MeterRegistry meters) {
		return DownstreamCalls.circuitBreakers(properties, meters);
	}

	@Bean
	RetryRegistry retries(InventoryProperties properties, MeterRegistry meters) {
		return DownstreamCalls.retries(properties, meters);
	}

	@Bean
	InventoryClient inventoryClient(RestClient.Builder builder, InventoryProperties properties,
			CircuitBreakerRegistry breakers, RetryRegistry retries) {
		return new InventoryClient(DownstreamCalls.client(builder, properties.url(), properties).build(),
				breakers.circuitBreaker("inventory"), retries.retry("inventory"), properties.openDuration());
	}

}
