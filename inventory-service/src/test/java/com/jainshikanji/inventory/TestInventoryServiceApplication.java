package com.jainshikanji.inventory;

import org.springframework.boot.builder.SpringApplicationBuilder;

import com.jainshikanji.testsupport.spring.TestInfrastructureInitializer;

/**
 * Runs the service on this JVM's test infrastructure (embedded PostgreSQL, Kafka, the
 * test token issuer) with the demo menu and stock; nothing to install. Pass
 * {@code --server.port=...} to move it off 8082.
 */
public class TestInventoryServiceApplication {

	public static void main(String[] args) {
		new SpringApplicationBuilder(InventoryServiceApplication.class)
			.initializers(new TestInfrastructureInitializer("inventory"))
			.profiles("demo")
			.run(args);
	}

}
