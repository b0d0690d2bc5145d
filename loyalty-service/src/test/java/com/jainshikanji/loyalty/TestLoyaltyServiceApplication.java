package com.jainshikanji.loyalty;

import org.springframework.boot.builder.SpringApplicationBuilder;

import com.jainshikanji.testsupport.spring.TestInfrastructureInitializer;

/**
 * Runs the service on this JVM's test infrastructure (embedded PostgreSQL, Kafka, the
 * test token issuer) with the demo data; nothing to install. Pass
 * {@code --server.port=...} to move it off 8086.
 */
public class TestLoyaltyServiceApplication {

	public static void main(String[] args) {
		new SpringApplicationBuilder(LoyaltyServiceApplication.class)
			.initializers(new TestInfrastructureInitializer("loyalty"))
			.profiles("demo")
			.run(args);
	}

}
