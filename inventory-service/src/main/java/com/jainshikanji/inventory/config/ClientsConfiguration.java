package com.jainshikanji.inventory.config;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

import com.jainshikanji.common.web.DownstreamCalls;
import com.jainshikanji.inventory.stores.StoreClient;

/**
 * The one service this service calls, the store service, with its timeouts, its circuit
 * breaker and a retry. Built on Boot's {@code RestClient.Builder}, so calls carry the
 * trace context and show in the metrics; breaker and retry states are metrics too
 * ({@code resilience4j.circuitbreaker.*}).
 */
@Configuration(proxyBeanMethods = false)
class ClientsConfiguration {

	@Bean
	CircuitBreakerRegistry circuitBreakers(StoreServiceProperties properties, MeterRegistry meters) {
		return DownstreamCalls.circuitBreakers(properties, meters);
	}

	@Bean
	RetryRegistry retries(StoreServiceProperties properties, MeterRegistry meters) {
		return DownstreamCalls.retries(properties, meters);
	}

	@Bean
	StoreClient storeClient(RestClient.Builder builder, StoreServiceProperties properties,
			CircuitBreakerRegistry breakers, RetryRegistry retries) {
		return new StoreClient(DownstreamCalls.client(builder, properties.url(), properties).build(),
				breakers.circuitBreaker("store"), retries.retry("store"), properties.openDuration());
	}

}
