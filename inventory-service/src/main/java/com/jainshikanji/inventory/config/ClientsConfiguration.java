package com.jainshikanji.inventory.config;

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

import com.jainshikanji.common.web.DownstreamFailures;
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
		CircuitBreakerRegistry registry = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
			.failureRateThreshold(properties.failureRateThreshold())
			.slidingWindowSize(properties.slidingWindow())
			.minimumNumberOfCalls(properties.minimumCalls())
			.waitDurationInOpenState(properties.openDuration())
			.permittedNumberOfCallsInHalfOpenState(3)
			.build());
		TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(registry).bindTo(meters);
		return registry;
	}

	@Bean
	RetryRegistry retries(StoreServiceProperties properties, MeterRegistry meters) {
		RetryRegistry registry = RetryRegistry.of(RetryConfig.custom()
			.maxAttempts(properties.maxAttempts())
			.waitDuration(properties.retryWait())
			.retryOnException(DownstreamFailures::isWorthRetrying)
			.build());
		TaggedRetryMetrics.ofRetryRegistry(registry).bindTo(meters);
		return registry;
	}

	@Bean
	StoreClient storeClient(RestClient.Builder builder, StoreServiceProperties properties,
			CircuitBreakerRegistry breakers, RetryRegistry retries) {
		// Plain HTTP/1.1 inside the platform: no upgrade round trip to HTTP/2 on every
		// connection.
		JdkClientHttpRequestFactory requestFactory = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(properties.connectTimeout())
			.build());
		requestFactory.setReadTimeout(properties.readTimeout());
		return new StoreClient(builder.baseUrl(properties.url()).requestFactory(requestFactory).build(),
				breakers.circuitBreaker("store"), retries.retry("store"), properties.openDuration());
	}

}
