package com.jainshikanji.gateway;

import java.util.List;

import org.springframework.test.context.DynamicPropertyRegistry;

/** Points the routed services at the echo service. */
final class EchoRoutes {

	static final List<String> ECHOED = List.of("customer-service", "inventory-service", "store-service",
			"payment-service", "loyalty-service", "notification-service", "analytics-service", "review-service");

	private EchoRoutes() {
	}

	static void register(DynamicPropertyRegistry registry) {
		for (String service : ECHOED) {
			registry.add("gateway.services." + service + ".uri", EchoService::url);
		}
	}

}
