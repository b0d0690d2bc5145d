package com.jainshikanji.store;

import org.springframework.boot.builder.SpringApplicationBuilder;

import com.jainshikanji.testsupport.spring.TestInfrastructureInitializer;

/**
 * Runs the store service from the IDE on this JVM's test infrastructure (embedded
 * PostgreSQL, Kafka and the test token issuer) with the demo data; nothing else needs to
 * run. Pass {@code --server.port=...} to move it off 8084.
 */
public class TestStoreServiceApplication {

	public static void main(String[] args) {
		new SpringApplicationBuilder(StoreServiceApplication.class)
			.initializers(new TestInfrastructureInitializer("store"))
			.profiles("demo")
			.run(args);
	}

}
