package com.jainshikanji.gateway;

import java.util.List;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of gateway tests: every routed service points at the echo service (order-service
 * stays down).
 */
abstract class EchoRoutes {

	static final List<String> ECHOED = List.of("customer-service", "inventory-service", "store-service",
			"payment-service", "loyalty-service", "notification-service", "analytics-service", "review-service");

	@DynamicPropertySource
	static void routeToEcho(DynamicPropertyRegistry registry) {
		for (String service : ECHOED) {
			registry.add("gateway.services." + service + ".uri", EchoService::url);
		}
	}

}
