package com.jainshikanji.devstack;

import java.nio.file.Path;
import java.util.List;

/**
 * One service of the platform as the local launcher runs it.
 *
 * @param name the Maven module, which is also the jar name
 * @param port its HTTP port
 * @param database its own PostgreSQL database, or {@code null} if it has none
 */
record ServiceSpec(String name, int port, String database) {

	/**
	 * Every service of the platform, and the local stand-ins for outside providers; the
	 * launcher runs those that are built.
	 */
	static final List<ServiceSpec> ALL = List.of(new ServiceSpec("gateway-service", 8080, null),
			new ServiceSpec("customer-service", 8081, "customer"),
			new ServiceSpec("inventory-service", 8082, "inventory"), new ServiceSpec("order-service", 8083, "orders"),
			new ServiceSpec("store-service", 8084, "store"), new ServiceSpec("payment-service", 8085, "payment"),
			new ServiceSpec("loyalty-service", 8086, "loyalty"),
			new ServiceSpec("notification-service", 8087, "notification"),
			new ServiceSpec("analytics-service", 8088, "analytics"), new ServiceSpec("review-service", 8089, "review"),
			// Razorpay's stand-in: local platform only (never in docker-compose or
			// production).
			new ServiceSpec("razorpay-sandbox", 8090, null));

	Path jar(Path projectRoot) {
		return projectRoot.resolve(this.name).resolve("target").resolve(this.name + ".jar");
	}

	String url() {
		return "http://127.0.0.1:" + this.port;
	}

	/**
	 * The environment variable other services read this service's address from, e.g.
	 * CUSTOMER_SERVICE_URL.
	 */
	String urlVariable() {
		return this.name.toUpperCase(java.util.Locale.ROOT).replace('-', '_') + "_URL";
	}

	/**
	 * The environment variable holding this service's client secret for SERVICE tokens,
	 * as the identity service (customer-service) and the service itself read it, e.g.
	 * SERVICE_SECRET_ORDER.
	 */
	String secretVariable() {
		return "SERVICE_SECRET_" + this.name.replace("-service", "").toUpperCase(java.util.Locale.ROOT);
	}

}
