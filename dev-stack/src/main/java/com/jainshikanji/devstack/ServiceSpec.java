package com.jainshikanji.devstack;

import java.nio.file.Path;
import java.util.List;

/**
 * One service of the platform as the local launcher runs it, or one instance of it when
 * the launcher runs several ({@code --instances}).
 *
 * @param name the Maven module, which is also the jar name
 * @param port its HTTP port
 * @param database its own PostgreSQL database, or {@code null} if it has none
 * @param instance 1 for the service's first (or only) instance, 2 for the second...
 */
record ServiceSpec(String name, int port, String database, int instance) {

	/**
	 * How far a further instance's ports are from the first's: the second order-service
	 * answers on 8183 and its management port is 9183, clear of the platform's 8080-8099,
	 * 9080-9090 and 9411.
	 */
	static final int INSTANCE_PORT_STEP = 100;

	/** The most instances of one service the launcher runs. */
	static final int MAX_INSTANCES = 5;

	ServiceSpec(String name, int port, String database) {
		this(name, port, database, 1);
	}

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

	/**
	 * The same service's instance number {@code n}: its own API and management ports, the
	 * same database, jar and Kafka consumer groups.
	 */
	ServiceSpec instance(int n) {
		if (n < 1 || n > MAX_INSTANCES) {
			throw new IllegalArgumentException(
					"An instance number is 1 to " + MAX_INSTANCES + ", not " + n + " (" + this.name + ")");
		}
		return new ServiceSpec(this.name, this.port + (n - this.instance) * INSTANCE_PORT_STEP, this.database, n);
	}

	/**
	 * How the launcher, its logs and its control interface name this instance:
	 * {@code order-service} for the first, {@code order-service-2} for the second.
	 */
	String instanceName() {
		return (this.instance == 1) ? this.name : this.name + "-" + this.instance;
	}

	/**
	 * Its management (actuator) port: 9080 + the service's number, as in each service's
	 * application.yml, plus the instance's step.
	 */
	int managementPort() {
		return this.port + 1000;
	}

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
