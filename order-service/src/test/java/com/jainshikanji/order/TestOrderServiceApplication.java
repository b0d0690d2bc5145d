package com.jainshikanji.order;

import org.springframework.boot.builder.SpringApplicationBuilder;

import com.jainshikanji.testsupport.spring.TestInfrastructureInitializer;

/**
 * Runs the service on this JVM's test infrastructure (embedded PostgreSQL, Kafka, the
 * test token issuer) with the demo orders; nothing to install. Placing orders needs the
 * inventory, store and customer services at their usual ports (or
 * {@code --orders.downstream.*-url}); reading and running the demo orders does not. Pass
 * {@code --server.port=...} to move it off 8083.
 */
public class TestOrderServiceApplication {

	public static void main(String[] args) {
		new SpringApplicationBuilder(OrderServiceApplication.class)
			.initializers(new TestInfrastructureInitializer("orders"))
			.profiles("demo")
			.run(args);
	}

}
