package com.jainshikanji.loyalty.config;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

import com.jainshikanji.common.security.service.ServiceTokens;
import com.jainshikanji.common.security.service.UserDirectory;
import com.jainshikanji.common.web.DownstreamCalls;
import com.jainshikanji.loyalty.customers.CustomerClient;

/**
 * The one service this service calls, the customer service, with its timeouts, its
 * circuit breaker and a retry, and this service's own token on every call. Built on
 * Boot's {@code RestClient.Builder}, so calls carry the trace context and show in the
 * metrics; breaker and retry states are metrics too
 * ({@code resilience4j.circuitbreaker.*}).
 */
@Configuration(proxyBeanMethods = false)
class ClientsConfiguration {

	@Bean
	CircuitBreakerRegistry circuitBreakers(CustomerServiceProperties properties, MeterRegistry meters) {
		return DownstreamCalls.circuitBreakers(properties, meters);
	}

	@Bean
	RetryRegistry retries(CustomerServiceProperties properties, MeterRegistry meters) {
		return DownstreamCalls.retries(properties, meters);
	}

	@Bean
	CustomerClient customerClient(RestClient.Builder builder, CustomerServiceProperties properties,
			ServiceTokens serviceTokens, CircuitBreakerRegistry breakers, RetryRegistry retries) {
		return new CustomerClient(UserDirectory.of(builder, properties, serviceTokens,
				breakers.circuitBreaker("customer"), retries.retry("customer")));
	}

}
