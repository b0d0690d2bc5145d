package com.jainshikanji.payment.config;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;

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
	CircuitBreaker razorpayCircuitBreaker(RazorpayProperties properties) {
		return CircuitBreaker.of("razorpay",
				CircuitBreakerConfig.custom()
					.failureRateThreshold(properties.breakerFailureRate())
					.minimumNumberOfCalls(properties.breakerMinimumCalls())
					.slidingWindowSize(Math.max(properties.breakerMinimumCalls(), 20))
					.waitDurationInOpenState(properties.breakerWait())
					.permittedNumberOfCallsInHalfOpenState(2)
					.recordExceptions(ProviderUnavailable.class)
					.build());
	}

}
