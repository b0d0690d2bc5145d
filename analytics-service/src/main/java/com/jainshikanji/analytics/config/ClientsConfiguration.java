package com.jainshikanji.analytics.config;

import java.net.http.HttpClient;
import java.time.Duration;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import com.jainshikanji.analytics.stores.StoreClient;
import com.jainshikanji.analytics.stores.StoresProperties;

/**
 * The store service's client: its timeouts, and a circuit breaker that gives a failing
 * store service a rest (its state is a metric, {@code resilience4j.circuitbreaker.*}).
 */
@Configuration(proxyBeanMethods = false)
class ClientsConfiguration {

	@Bean
	StoreClient storeClient(RestClient.Builder builder, StoresProperties properties, MeterRegistry meters) {
		JdkClientHttpRequestFactory requestFactory = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(properties.connectTimeout())
			.build());
		requestFactory.setReadTimeout(properties.readTimeout());
		CircuitBreakerRegistry breakers = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
			.failureRateThreshold(50)
			.slidingWindowSize(10)
			.minimumNumberOfCalls(5)
			.waitDurationInOpenState(Duration.ofSeconds(30))
			.build());
		TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(breakers).bindTo(meters);
		return new StoreClient(builder.baseUrl(properties.url()).requestFactory(requestFactory).build(),
				breakers.circuitBreaker("store"));
	}

}
