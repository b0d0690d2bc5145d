package com.jainshikanji.payment.config;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.jainshikanji.payment.razorpay.ProviderUnavailable;
import com.jainshikanji.payment.razorpay.RazorpayProperties;

/**
 * The circuit breaker around Razorpay: when most recent calls found it unavailable, calls
 * fail at once (503 with Retry-After) instead of each waiting out its timeouts while
 * holding a database connection. Only "unavailable" counts as a failure: Razorpay
 * refusing a request is an answer.
 */
@Configuration(proxyBeanMethods = false)
class ProviderConfiguration {

	@Bean
	CircuitBreaker razorpayCircuitBreaker(RazorpayProperties properties, MeterRegistry meters) {
		CircuitBreakerRegistry breakers = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
			.failureRateThreshold(properties.breakerFailureRate())
			.minimumNumberOfCalls(properties.breakerMinimumCalls())
			.slidingWindowSize(Math.max(properties.breakerMinimumCalls(), 20))
			.waitDurationInOpenState(properties.breakerWait())
			.permittedNumberOfCallsInHalfOpenState(2)
			.recordExceptions(ProviderUnavailable.class)
			.build());
		CircuitBreaker breaker = breakers.circuitBreaker("razorpay");
		// An outage shows as resilience4j.circuitbreaker.state{name="razorpay"} and
		// its call counts, as the order service's breakers do.
		TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(breakers).bindTo(meters);
		return breaker;
	}

}
